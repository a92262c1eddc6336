package org.posyandu.core.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

class SchemaMigratorTest {
    private final DataSource db = TestDatabase.fresh();
    private final SchemaMigrator migrator = new SchemaMigrator(db);

    @Test
    void appliesPendingMigrationsOnceInVersionOrder() throws Exception {
        Migration v2 = Migration.of("V2__add_column.sql", "ALTER TABLE t ADD COLUMN b INT;");
        Migration v1 = Migration.of("V1__create.sql", "CREATE TABLE t (a INT);\n-- comment\nINSERT INTO t (a) VALUES (1);");

        assertEquals(2, migrator.migrate("test", List.of(v2, v1)));
        assertEquals(0, migrator.migrate("test", List.of(v1, v2)), "a restart applies nothing again");
        assertEquals(1, count("SELECT COUNT(*) FROM t WHERE b IS NULL"));
    }

    @Test
    void ownersKeepSeparateHistories() throws Exception {
        migrator.migrate("a", List.of(Migration.of("V1__a.sql", "CREATE TABLE ta (x INT);")));
        assertEquals(1, migrator.migrate("b", List.of(Migration.of("V1__b.sql", "CREATE TABLE tb (x INT);"))));
    }

    @Test
    void keepsItsHistoryInTheConnectionsOwnSchemaEvenOneThatDoesNotExistYet() throws Exception {
        // another schema's history is not ours
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE other.schema_history (owner VARCHAR(100), version INT)");
        }
        // Derby names a user's default schema after the user and creates it with its first table
        DataSource asKader = TestDatabase.as(db, "kader");

        assertEquals(1, new SchemaMigrator(asKader).migrate("test",
                List.of(Migration.of("V1__create.sql", "CREATE TABLE t (a INT);"))));
        assertEquals(0, new SchemaMigrator(asKader).migrate("test",
                List.of(Migration.of("V1__create.sql", "CREATE TABLE t (a INT);"))), "found again on a restart");
        assertEquals(1, count("SELECT COUNT(*) FROM kader.schema_history"));
        assertEquals(0, count("SELECT COUNT(*) FROM other.schema_history"));
    }

    @Test
    void refusesAnAppliedScriptThatWasEdited() throws Exception {
        migrator.migrate("test", List.of(Migration.of("V1__create.sql", "CREATE TABLE t (a INT);")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> migrator.migrate("test",
                List.of(Migration.of("V1__create.sql", "CREATE TABLE t (a BIGINT);"))));
        assertTrue(e.getMessage().contains("changed"));
    }

    @Test
    void aFailingMigrationLeavesNoTraceAndIsNotRecorded() throws Exception {
        Migration broken = Migration.of("V1__broken.sql", "CREATE TABLE t (a INT);\nINSERT INTO nowhere VALUES (1);");
        assertThrows(SQLException.class, () -> migrator.migrate("test", List.of(broken)));
        assertEquals(0, count("SELECT COUNT(*) FROM SCHEMA_HISTORY"));
        Migration fixed = Migration.of("V1__broken.sql", "CREATE TABLE t (a INT);");
        assertEquals(1, migrator.migrate("test", List.of(fixed)), "the table was rolled back with its script");
    }

    @Test
    void rejectsMalformedScripts() {
        assertThrows(IllegalArgumentException.class, () -> Migration.of("create.sql", "CREATE TABLE t (a INT);"));
        assertThrows(IllegalArgumentException.class,
                () -> Migration.of("V1__x.sql", "CREATE TABLE t (a INT)").statements());
    }

    @Test
    void coreMigrationsApplyToAnEmptyDatabase() throws Exception {
        assertEquals(TestDatabase.coreMigrations().size(), migrator.migrate("org.posyandu.core",
                TestDatabase.coreMigrations()));
        assertEquals(0, count("SELECT COUNT(*) FROM posyandu"));
    }

    private int count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
