package org.posyandu.core.internal.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.zip.CRC32;

/**
 * A lock on a named key, held to the end of the current transaction: what a write checked (a module enabled, a month
 * open) stays true until the write commits, and the change of it waits for that commit. On PostgreSQL a transaction
 * advisory lock in the two-key space ({@code kind}, a hash of {@code name}; a hash collision only makes one wait
 * longer): writers of the checked row take it exclusive, checkers shared. A missing row (the default) is covered too,
 * which {@code FOR SHARE} would not lock. On Derby (one node) nothing here: the checker reads {@code WITH RR}, which
 * locks the row, or the gap where it would be, until commit.
 */
public final class TxKeyLock {
    /** Module activation of a kabupaten: key {@code kabupaten|module}. */
    public static final int ACTIVATION = 0x504f5301;
    /** The lock state of a Posyandu's month: key {@code posyanduId|YYYY-MM}. */
    public static final int PERIODE = 0x504f5302;

    private TxKeyLock() {
    }

    /** Held by a write that relies on the keyed row as it reads it now. */
    public static void shared(Connection c, int kind, String name) throws SQLException {
        take(c, "SELECT pg_advisory_xact_lock_shared(?, ?)", kind, name);
    }

    /** Held by the change of the keyed row. */
    public static void exclusive(Connection c, int kind, String name) throws SQLException {
        take(c, "SELECT pg_advisory_xact_lock(?, ?)", kind, name);
    }

    /** The isolation clause that makes a Derby read hold its locks to commit (none on PostgreSQL). */
    public static String holdClause(Connection c) throws SQLException {
        return ClusterLock.isPostgres(c) ? "" : " WITH RR";
    }

    private static void take(Connection c, String sql, int kind, String name) throws SQLException {
        if (!ClusterLock.isPostgres(c)) {
            return;
        }
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, kind);
            ps.setInt(2, (int) crc.getValue());
            ps.executeQuery().close();
        }
    }
}
