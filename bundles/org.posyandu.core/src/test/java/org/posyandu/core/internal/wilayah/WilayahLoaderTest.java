package org.posyandu.core.internal.wilayah;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.posyandu.core.internal.db.SchemaMigrator;
import org.posyandu.core.internal.db.TestDatabase;

class WilayahLoaderTest {

    @Test
    void loadsTheWholeBundledListOnceWithExactCountsPerLevel() throws Exception {
        DataSource db = TestDatabase.fresh();
        new SchemaMigrator(db).migrate("org.posyandu.core", TestDatabase.coreMigrations());
        WilayahLoader loader = new WilayahLoader(db, getClass().getClassLoader());

        long start = System.nanoTime();
        assertEquals(91_599, loader.loadIfMissing());
        System.out.printf("wilayah load (in-memory Derby, cold unit-test JVM): %d ms%n",
                (System.nanoTime() - start) / 1_000_000);

        assertEquals(0, loader.loadIfMissing(), "a second start must not load again");
        assertEquals(Optional.of(91_599), loader.loadedCount());
        assertEquals(38, count(db, 1));
        assertEquals(514, count(db, 2));
        assertEquals(7_285, count(db, 3));
        assertEquals(83_762, count(db, 4));
        assertEquals("Lima-belas Ulu|lima-belas ulu|16.71.17", row(db, "16.71.17.1003"));
        assertEquals("Kota Palembang|kota palembang|16", row(db, "16.71"));
    }

    @Test
    void parsesQuotedFieldsWithCommasAndDoubledQuotes() throws IOException {
        List<String[]> rows = new ArrayList<>();
        int n = CsvReader.read(new StringReader("kode,nama,induk\n12.07.01.2001,\"Lubuk Pakam I,II\",12.07.01\n"
                + "35.29.01.2001,\"Ra\"\"as\",35.29.01\n"), 3, rows::add);
        assertEquals(2, n);
        assertArrayEquals(new String[] {"12.07.01.2001", "Lubuk Pakam I,II", "12.07.01"}, rows.get(0));
        assertEquals("Ra\"as", rows.get(1)[1]);
    }

    @Test
    void rejectsBrokenLines() {
        assertThrows(IOException.class, () -> CsvReader.read(new StringReader("a,b\n\"open,x\n"), 2, r -> { }));
        assertThrows(IOException.class, () -> CsvReader.read(new StringReader("a,b\n1,2,3\n"), 2, r -> { }));
    }

    private static int count(DataSource db, int tingkat) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM wilayah WHERE tingkat = ?")) {
            p.setInt(1, tingkat);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String row(DataSource db, String kode) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT nama, nama_cari, induk_kode FROM wilayah WHERE kode = ?")) {
            p.setString(1, kode);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3);
            }
        }
    }
}
