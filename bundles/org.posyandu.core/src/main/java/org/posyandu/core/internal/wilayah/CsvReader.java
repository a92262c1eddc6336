package org.posyandu.core.internal.wilayah;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Minimal RFC 4180 reader for the bundled region files: comma separated, double-quoted fields may contain
 * commas and doubled quotes. Records do not span lines in this data, so a quote left open is an error.
 */
final class CsvReader {
    private CsvReader() {
    }

    /** Reads every record after the header line and hands it to the consumer; returns the record count. */
    static int read(Reader source, int expectedColumns, Consumer<String[]> consumer) throws IOException {
        BufferedReader in = new BufferedReader(source, 1 << 16);
        String header = in.readLine();
        if (header == null) {
            throw new IOException("empty file");
        }
        int count = 0;
        String line;
        int lineNo = 1;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = parseLine(line, lineNo);
            if (fields.length != expectedColumns) {
                throw new IOException("line " + lineNo + ": expected " + expectedColumns + " fields, found "
                        + fields.length);
            }
            consumer.accept(fields);
            count++;
        }
        return count;
    }

    static String[] parseLine(String line, int lineNo) throws IOException {
        List<String> fields = new ArrayList<>(4);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new IOException("line " + lineNo + ": unterminated quoted field");
        }
        fields.add(field.toString());
        return fields.toArray(new String[0]);
    }
}
