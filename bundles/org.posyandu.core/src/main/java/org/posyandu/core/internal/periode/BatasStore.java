package org.posyandu.core.internal.periode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.spm.PeriodeBatas;
import org.posyandu.core.internal.security.AuditLines;

/**
 * Each kabupaten's deadline rule in {@code periode_batas}; no row is the default (day
 * {@value PeriodeBatas#DEFAULT_HARI}, no automatic lock). Read on every submission, so kept for
 * {@link #RECHECK_NANOS}; a change on this node takes effect at once.
 */
final class BatasStore {
    private static final long RECHECK_NANOS = 5_000_000_000L;

    private final DataSource dataSource;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(PeriodeBatas rule, long loadedAt) {
    }

    BatasStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    PeriodeBatas of(String kab) {
        Cached c = cache.get(kab);
        long now = System.nanoTime();
        if (c == null || now - c.loadedAt() > RECHECK_NANOS) {
            c = new Cached(load(kab), now);
            cache.put(kab, c);
        }
        return c.rule();
    }

    private PeriodeBatas load(String kab) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT hari, kunci_otomatis, diubah, diubah_oleh "
                        + "FROM periode_batas WHERE kabupaten_kode = ?")) {
            ps.setString(1, kab);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new PeriodeBatas(kab, rs.getInt(1), rs.getBoolean(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4)) : new PeriodeBatas(kab, PeriodeBatas.DEFAULT_HARI, false, null, null);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores the kabupaten's rule with its audit {@code line}, in one transaction. */
    void save(PeriodeBatas rule, AuditEntry line) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int updated;
                try (PreparedStatement ps = c.prepareStatement("UPDATE periode_batas SET hari = ?, kunci_otomatis = ?, "
                        + "diubah = ?, diubah_oleh = ? WHERE kabupaten_kode = ?")) {
                    updated = bind(ps, rule).executeUpdate();
                }
                if (updated == 0) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO periode_batas (hari, kunci_otomatis, "
                            + "diubah, diubah_oleh, kabupaten_kode) VALUES (?, ?, ?, ?, ?)")) {
                        bind(ps, rule).executeUpdate();
                    }
                }
                AuditLines.append(c, List.of(line));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        cache.remove(rule.kabupatenKode());
    }

    private static PreparedStatement bind(PreparedStatement ps, PeriodeBatas rule) throws SQLException {
        ps.setInt(1, rule.hari());
        ps.setBoolean(2, rule.kunciOtomatis());
        ps.setTimestamp(3, Timestamp.from(rule.diubah()));
        ps.setString(4, rule.diubahOleh());
        ps.setString(5, rule.kabupatenKode());
        return ps;
    }
}
