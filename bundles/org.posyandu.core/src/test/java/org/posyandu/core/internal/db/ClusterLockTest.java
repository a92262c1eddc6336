package org.posyandu.core.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Nodes starting together on one empty database: every migrator succeeds and each migration is applied once.
 * The PostgreSQL case runs where POSYANDU_IT_PG_URL names a database (CI provides one), in a schema of its own.
 */
class ClusterLockTest {
    @Test
    void onDerbyTheWorkRunsWithoutALock() throws Exception {
        assertEquals("done", ClusterLock.holding(TestDatabase.fresh(), ClusterLock.MIGRATIONS, () -> "done"));
    }

    @Test
    void nodesMigratingAnEmptyPostgresDatabaseAtOnceApplyEachMigrationOnce() throws Exception {
        String url = System.getenv("POSYANDU_IT_PG_URL");
        assumeTrue(url != null, "POSYANDU_IT_PG_URL not set: PostgreSQL case skipped");
        String schema = "lock_" + UUID.randomUUID().toString().replace("-", "");
        PGSimpleDataSource admin = postgres(url, null);
        exec(admin, "CREATE SCHEMA " + schema);
        try {
            DataSource db = postgres(url, schema);
            List<Migration> migrations = TestDatabase.coreMigrations();
            int nodes = 4;
            CyclicBarrier start = new CyclicBarrier(nodes);
            ExecutorService pool = Executors.newFixedThreadPool(nodes);
            List<Future<Integer>> applied = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                Callable<Integer> node = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return new SchemaMigrator(db).migrate("org.posyandu.core", migrations);
                };
                applied.add(pool.submit(node));
            }
            int total = 0;
            for (Future<Integer> f : applied) {
                total += f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertEquals(migrations.size(), total);
        } finally {
            exec(admin, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static PGSimpleDataSource postgres(String url, String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(env("POSYANDU_IT_PG_USER", "posyandu_it"));
        ds.setPassword(env("POSYANDU_IT_PG_PASSWORD", "posyandu_it"));
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    private static void exec(DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
