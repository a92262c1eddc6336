package org.posyandu.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The change counter per Posyandu that modules key their report caches on (migration V13): every write that changes
 * what a Posyandu's figures are appends one row to {@code posyandu_perubahan} inside its own transaction, and the
 * Posyandu's version is the sum of its rows ({@link #VERSION}). Appending locks no shared row, so writers of one
 * Posyandu do not wait for each other's commits; every commit that touches a Posyandu raises its version, whatever
 * order the commits come in. {@link PosyanduChangeCompaction} folds the rows of a Posyandu into one with their sum.
 */
public final class PosyanduChanges {
    /** The statement, one {@code ?} for the Posyandu id. */
    public static final String TOUCH = "INSERT INTO posyandu_perubahan (posyandu_id, jumlah) VALUES (?, 1)";

    /**
     * A Posyandu's version as a scalar subquery, {@code %s} the SQL of its id (a column like {@code p.id}, or
     * {@code ?}). Modules spell the same SQL in their own statements (docs/extension-guide.md).
     */
    public static final String VERSION = "(SELECT COALESCE(SUM(v.jumlah), 0) FROM posyandu_perubahan v"
            + " WHERE v.posyandu_id = %s)";

    private PosyanduChanges() {
    }

    /** The distinct non-null ids, in a fixed order. */
    public static TreeSet<String> ordered(Collection<String> posyanduIds) {
        TreeSet<String> ids = new TreeSet<>();
        posyanduIds.stream().filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    /** Raises the versions of the given Posyandu (nulls and repeats ignored) on {@code c}, not committing. */
    public static void touch(Connection c, Collection<String> posyanduIds) throws SQLException {
        TreeSet<String> ids = ordered(posyanduIds);
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(TOUCH)) {
            for (String id : ids) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The Posyandu's version as committed (and as written by {@code c}'s own transaction). */
    public static long version(Connection c, String posyanduId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + VERSION.formatted("?") + " FROM posyandu WHERE id = ?")) {
            ps.setString(1, posyanduId);
            ps.setString(2, posyanduId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
