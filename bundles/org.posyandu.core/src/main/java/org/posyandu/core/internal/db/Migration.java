package org.posyandu.core.internal.db;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.posyandu.api.util.Sha256;

/**
 * One versioned schema change: a script named {@code V<version>__<description>.sql}. Statements end with a
 * semicolon at the end of a line; lines starting with {@code --} are comments.
 */
public record Migration(int version, String description, String sql) {
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    /** Parses a script's file name (without folders) and text. */
    public static Migration of(String fileName, String sql) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("migration script name must be V<n>__<description>.sql: " + fileName);
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), sql);
    }

    /** The statements of the script, without their terminating semicolons. */
    public List<String> statements() {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                result.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalArgumentException("V" + version + ": last statement has no terminating semicolon");
        }
        return result;
    }

    /** SHA-256 of the script text, so an edited script that was already applied is caught. */
    public String checksum() {
        return Sha256.hex(sql);
    }
}
