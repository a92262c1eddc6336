package org.posyandu.core.internal.wilayah;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.posyandu.core.internal.db.SchemaMigrator;
import org.posyandu.core.internal.db.TestDatabase;

class WilayahLoaderTest {
    private static final int ALL = 91_599;

    @Test
    void loadsTheWholeBundledListOnceWithExactCountsPerLevel() throws Exception {
        DataSource db = migrated();
        WilayahLoader loader = loader(db);

        long start = System.nanoTime();
        assertEquals(ALL, loader.loadIfMissing());
        System.out.printf("wilayah load (in-memory Derby, cold unit-test JVM): %d ms%n",
                (System.nanoTime() - start) / 1_000_000);

        assertEquals(0, loader.loadIfMissing(), "a second start must not load again");
        assertEquals(Optional.of(ALL), loader.loadedCount());
        assertEquals(ALL, count(db, "SELECT COUNT(*) FROM wilayah"));
        assertEquals(38, countTingkat(db, 1));
        assertEquals(514, countTingkat(db, 2));
        assertEquals(7_285, countTingkat(db, 3));
        assertEquals(83_762, countTingkat(db, 4));
        assertEquals("Lima-belas Ulu|lima-belas ulu|16.71.17", row(db, "16.71.17.1003"));
        assertEquals("Kota Palembang|kota palembang|16", row(db, "16.71"));
        assertEquals("Aceh|aceh|null", row(db, "11"), "a provinsi has no parent (NULL, not an empty string)");
    }

    @Test
    void aFailureAfterTheImportCommittedLeavesNoRowsAndNoRecordAndTheNextStartLoadsCleanly() throws Exception {
        DataSource db = migrated();
        // Derby's import commits on its own; the failure comes after it, where the record would be written
        WilayahLoader failing = new WilayahLoader(db, getClass().getClassLoader(), product -> (c, rows) -> {
            BulkWrite.forDatabase(product).write(c, rows);
            throw new SQLException("disk full (simulated)");
        });

        SQLException e = assertThrows(SQLException.class, failing::loadIfMissing);
        assertEquals("disk full (simulated)", e.getMessage());
        assertNothingLoaded(db);

        assertEquals(ALL, loader(db).loadIfMissing());
        assertEquals(ALL, count(db, "SELECT COUNT(*) FROM wilayah"));
    }

    @Test
    void aDuplicateHalfWayThroughTheFileFailsTheWholeImport() throws Exception {
        DataSource db = migrated();
        ClassLoader broken = withDuplicateInTheMiddleOfDesa(getClass().getClassLoader());

        assertThrows(SQLException.class, () -> new WilayahLoader(db, broken).loadIfMissing());
        assertNothingLoaded(db);

        assertEquals(ALL, loader(db).loadIfMissing());
    }

    @Test
    void rowsACrashLeftWithoutTheRecordAreReplacedNotDoubled() throws Exception {
        DataSource db = migrated();
        // what a process killed between the import's commit and the record leaves: regions, no record
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO wilayah (kode, nama, nama_cari, tingkat, induk_kode) VALUES"
                    + " ('11', 'Aceh', 'aceh', 1, NULL), ('11.01', 'Kabupaten Aceh Selatan', 'kabupaten aceh selatan', 2, '11')");
        }

        assertEquals(ALL, loader(db).loadIfMissing());
        assertEquals(ALL, count(db, "SELECT COUNT(*) FROM wilayah"));
        assertEquals(Optional.of(ALL), loader(db).loadedCount());
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
    void writesTheImportLineWithQuotedTextAndAnEmptyFieldForNoParent() {
        StringBuilder out = new StringBuilder();
        new WilayahRow("35.29.01.2001", "Ra\"as, Timur", "ra\"as, timur", (short) 4, "35.29.01").appendCsv(out);
        new WilayahRow("11", "Aceh", "aceh", (short) 1, null).appendCsv(out);
        assertEquals("35.29.01.2001,\"Ra\"\"as, Timur\",\"ra\"\"as, timur\",4,35.29.01\n11,\"Aceh\",\"aceh\",1,\n",
                out.toString());
    }

    @Test
    void rejectsBrokenLines() {
        assertThrows(IOException.class, () -> CsvReader.read(new StringReader("a,b\n\"open,x\n"), 2, r -> { }));
        assertThrows(IOException.class, () -> CsvReader.read(new StringReader("a,b\n1,2,3\n"), 2, r -> { }));
    }

    private static DataSource migrated() throws Exception {
        DataSource db = TestDatabase.fresh();
        new SchemaMigrator(db).migrate("org.posyandu.core", TestDatabase.coreMigrations());
        return db;
    }

    private WilayahLoader loader(DataSource db) {
        return new WilayahLoader(db, getClass().getClassLoader());
    }

    private static void assertNothingLoaded(DataSource db) throws SQLException {
        assertEquals(0, count(db, "SELECT COUNT(*) FROM wilayah"), "no partial list");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM wilayah_dataset"), "no data set record");
    }

    /** The bundled files, but desa.csv repeats its second line in the middle (a primary-key clash half-way). */
    private static ClassLoader withDuplicateInTheMiddleOfDesa(ClassLoader real) {
        return new ClassLoader(real) {
            @Override
            public InputStream getResourceAsStream(String name) {
                InputStream in = super.getResourceAsStream(name);
                if (!name.equals("wilayah/desa.csv")) {
                    return in;
                }
                try (in) {
                    List<String> lines = new ArrayList<>(List.of(
                            new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
                    lines.add(lines.size() / 2, lines.get(1));
                    return new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static int countTingkat(DataSource db, int tingkat) throws SQLException {
        return count(db, "SELECT COUNT(*) FROM wilayah WHERE tingkat = " + tingkat);
    }

    private static int count(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
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
