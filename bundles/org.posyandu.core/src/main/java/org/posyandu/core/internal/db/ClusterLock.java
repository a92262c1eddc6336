package org.posyandu.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * A lock shared by every node on one database, held around work that two nodes starting together must not do at
 * once (schema migrations, the first region load). On PostgreSQL a session-level advisory lock
 * ({@code pg_advisory_lock}) on a connection of its own, released when the work ends or the connection drops;
 * Derby is opened by one process only, so there it is no lock at all. Locks are not re-entrant across
 * connections: never run work holding one key inside work holding the same key.
 */
public final class ClusterLock {
    /** Schema migrations of the core and of every module. */
    public static final long MIGRATIONS = 0x706f7379616e6401L;
    /** The first load of the region list. */
    public static final long REGIONS = 0x706f7379616e6402L;

    /** Work that may fail with a database error. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    private ClusterLock() {
    }

    /** Runs {@code work} while holding the lock {@code key}, waiting for another node's hold to end. */
    public static <T> T holding(DataSource dataSource, long key, Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!isPostgres(c)) {
                return work.run();
            }
            call(c, "SELECT pg_advisory_lock(?)", key);
            try {
                return work.run();
            } finally {
                call(c, "SELECT pg_advisory_unlock(?)", key);
            }
        }
    }

    static boolean isPostgres(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }

    private static void call(Connection c, String sql, long key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, key);
            p.executeQuery().close();
        }
    }
}
