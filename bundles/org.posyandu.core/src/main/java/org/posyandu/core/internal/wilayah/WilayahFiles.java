package org.posyandu.core.internal.wilayah;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.posyandu.api.wilayah.Tingkat;
import org.posyandu.api.wilayah.WilayahKode;

/** Reads and checks the bundled Kemendagri region files (one per level, parents first). */
final class WilayahFiles {
    private static final String[][] FILES = {
        {"wilayah/provinsi.csv", "2"}, {"wilayah/kabupaten.csv", "3"}, {"wilayah/kecamatan.csv", "3"},
        {"wilayah/desa.csv", "4"}};

    private WilayahFiles() {
    }

    /** Every region of the bundled files; a malformed code or a parent that does not match it is an error. */
    static List<WilayahRow> read(ClassLoader resources) {
        List<WilayahRow> rows = new ArrayList<>(92_000);
        for (String[] file : FILES) {
            readFile(resources, file[0], Integer.parseInt(file[1]), rows);
        }
        return rows;
    }

    private static void readFile(ClassLoader resources, String path, int columns, List<WilayahRow> rows) {
        try (InputStream in = resources.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled region file missing: " + path);
            }
            CsvReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), columns, row -> rows.add(toRow(row)));
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    private static WilayahRow toRow(String[] row) {
        String kode = row[0];
        Tingkat tingkat = WilayahKode.tingkatOf(kode)
                .orElseThrow(() -> new IllegalStateException("malformed region code " + kode));
        String induk = WilayahKode.indukOf(kode);
        if (row.length > 2 && !row[2].equals(induk)) {
            throw new IllegalStateException("region " + kode + " names parent " + row[2] + ", expected " + induk);
        }
        String nama = row[1].strip();
        return new WilayahRow(kode, nama, WilayahRow.searchKey(nama), (short) tingkat.parts(), induk);
    }
}
