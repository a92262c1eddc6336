package org.posyandu.core.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The change log: every write raises the Posyandu's version, and folding the log keeps every version as it was. */
class PosyanduChangesTest {
    private static final String MAWAR = "00000000-0000-0000-0000-00000000000a";
    private static final String MELATI = "00000000-0000-0000-0000-00000000000b";

    private final DataSource db = TestDatabase.fresh();

    @BeforeEach
    void setUp() throws Exception {
        new SchemaMigrator(db).migrate("org.posyandu.core", TestDatabase.coreMigrations());
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO wilayah (kode, nama, nama_cari, tingkat, induk_kode) VALUES ('16', 'Sumsel', 'sumsel',"
                    + " 1, NULL)");
            for (String id : List.of(MAWAR, MELATI)) {
                s.execute("INSERT INTO posyandu (id, nama, nama_kunci, desa_kode, aktif, dibuat, diubah, versi) VALUES ('"
                        + id + "', 'P', '" + id + "', '16', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
            }
        }
    }

    @Test
    void everyWriteRaisesTheVersionOnceAndFoldingKeepsIt() throws Exception {
        try (Connection c = db.getConnection()) {
            assertEquals(0, PosyanduChanges.version(c, MAWAR));
            PosyanduChanges.touch(c, List.of(MAWAR, MELATI, MAWAR)); // repeats count once per write
            PosyanduChanges.touch(c, List.of(MAWAR));
            PosyanduChanges.touch(c, List.of(MAWAR));
            assertEquals(List.of(3L, 1L), List.of(PosyanduChanges.version(c, MAWAR), PosyanduChanges.version(c, MELATI)));
            assertEquals(4, rows(c));

            assertEquals(1, PosyanduChangeCompaction.compactAll(db)); // Melati has one row: nothing to fold
            assertEquals(List.of(3L, 1L), List.of(PosyanduChanges.version(c, MAWAR), PosyanduChanges.version(c, MELATI)));
            assertEquals(2, rows(c));
            assertFalse(PosyanduChangeCompaction.compact(c, MAWAR));

            PosyanduChanges.touch(c, List.of(MAWAR));
            assertEquals(4, PosyanduChanges.version(c, MAWAR)); // still rises after a fold
        }
    }

    private static int rows(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM posyandu_perubahan")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
