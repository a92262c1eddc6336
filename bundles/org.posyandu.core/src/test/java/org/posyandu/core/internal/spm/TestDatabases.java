package org.posyandu.core.internal.spm;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.posyandu.core.internal.db.TestDatabase;

/**
 * A fresh database for a service test: in-memory Derby, or, when {@code POSYANDU_IT_PG_URL} (with
 * {@code POSYANDU_IT_PG_USER}, {@code POSYANDU_IT_PG_PASSWORD}) names a PostgreSQL database, a new schema in it, so
 * the same test runs on both engines the platform supports. The schemas are left for inspection (named
 * {@code uji_<uuid>}); drop them with {@code DROP SCHEMA ... CASCADE}.
 */
final class TestDatabases {
    private TestDatabases() {
    }

    static DataSource fresh() throws SQLException {
        String url = System.getenv("POSYANDU_IT_PG_URL");
        if (url == null || url.isBlank()) {
            return TestDatabase.fresh();
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(url);
        pg.setUser(System.getenv("POSYANDU_IT_PG_USER"));
        pg.setPassword(System.getenv("POSYANDU_IT_PG_PASSWORD"));
        String schema = "uji_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        pg.setCurrentSchema(schema);
        return pg;
    }
}
