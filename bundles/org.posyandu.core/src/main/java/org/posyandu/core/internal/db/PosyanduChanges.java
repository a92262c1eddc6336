package org.posyandu.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Raises {@code posyandu.data_versi}, the change counter modules key their report caches on (migration V7), inside
 * the caller's transaction. The counters are raised in id order, so two transactions touching the same Posyandu
 * lock them in the same order and cannot deadlock each other.
 */
public final class PosyanduChanges {
    /** The statement, one {@code ?} for the Posyandu id. */
    public static final String TOUCH = "UPDATE posyandu SET data_versi = data_versi + 1 WHERE id = ?";

    private PosyanduChanges() {
    }

    /** The distinct non-null ids in the order their counters must be raised. */
    public static TreeSet<String> ordered(Collection<String> posyanduIds) {
        TreeSet<String> ids = new TreeSet<>();
        posyanduIds.stream().filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    /** Raises the counters of the given Posyandu (nulls and repeats ignored) on {@code c}, not committing. */
    public static void touch(Connection c, Collection<String> posyanduIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TOUCH)) {
            for (String id : ordered(posyanduIds)) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
