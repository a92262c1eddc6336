package org.posyandu.core.internal.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.posyandu.api.util.Sha256;
import org.posyandu.core.internal.db.Fields;

/**
 * Slows down password guessing (OWASP ASVS 2.2.1). Failures are counted per key in table {@code login_throttle}
 * (migration V12), so every node on the database sees the same counts; from the {@code threshold}-th failure on,
 * the key is locked for 30 s, doubling with every further failure up to 15 minutes. A success clears the key.
 * Counts older than 15 minutes are forgotten. Node clocks are assumed in sync (docs/operations.md).
 */
public final class LoginThrottle {
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration MAX_LOCK = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final Duration CLEAN_EVERY = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final Clock clock;
    private volatile Instant lastClean = Instant.EPOCH;

    public LoginThrottle(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Seconds the key must still wait, or 0 when it may try. */
    public long retryAfterSeconds(String key) {
        Row r = read(key);
        if (r == null || r.lockedUntil() == null) {
            return 0;
        }
        long wait = Duration.between(clock.instant(), r.lockedUntil().toInstant()).toMillis();
        return wait <= 0 ? 0 : (wait + 999) / 1000;
    }

    /** Failures counted for the key within the last 15 minutes. */
    public int failures(String key) {
        Row r = read(key);
        return r == null || r.last().toInstant().plus(FORGET_AFTER).isBefore(clock.instant()) ? 0 : r.failures();
    }

    /** Counts a failure for {@code key}; locks it from the {@code threshold}-th consecutive failure. */
    public void failed(String key, int threshold) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                count(c, key, now, threshold);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                if (!Fields.isUniqueViolation(e)) {
                    throw e;
                }
                count(c, key, now, threshold); // another node inserted the key first: count on its row
                c.commit();
            }
            clean(c, now);
        } catch (SQLException e) {
            throw new IllegalStateException("login throttle: counting a failure failed", e);
        }
    }

    public void succeeded(String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM login_throttle WHERE throttle_key = ?")) {
            ps.setString(1, stored(key));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("login throttle: clearing a key failed", e);
        }
    }

    private static void count(Connection c, String rawKey, Instant now, int threshold) throws SQLException {
        String key = stored(rawKey);
        Timestamp at = Timestamp.from(now);
        int updated;
        try (PreparedStatement ps = c.prepareStatement("UPDATE login_throttle SET failures = CASE WHEN last_failure < ?"
                + " THEN 1 ELSE failures + 1 END, last_failure = ? WHERE throttle_key = ?")) {
            ps.setTimestamp(1, Timestamp.from(now.minus(FORGET_AFTER)));
            ps.setTimestamp(2, at);
            ps.setString(3, key);
            updated = ps.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO login_throttle (throttle_key, failures, last_failure) VALUES (?, 1, ?)")) {
                ps.setString(1, key);
                ps.setTimestamp(2, at);
                ps.executeUpdate();
            }
        }
        int count;
        try (PreparedStatement ps = c.prepareStatement("SELECT failures FROM login_throttle WHERE throttle_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                count = rs.getInt(1);
            }
        }
        Timestamp lockedUntil = null;
        if (count >= threshold) {
            int doublings = Math.min(count - threshold, 10);
            Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
            lockedUntil = Timestamp.from(now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock));
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE login_throttle SET locked_until = ? WHERE throttle_key = ?")) {
            ps.setTimestamp(1, lockedUntil);
            ps.setString(2, key);
            ps.executeUpdate();
        }
    }

    /** Forgets keys whose last failure is older than 15 minutes and whose lock has run out; once a minute. */
    private void clean(Connection c, Instant now) throws SQLException {
        if (lastClean.plus(CLEAN_EVERY).isAfter(now)) {
            return;
        }
        lastClean = now;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM login_throttle WHERE last_failure < ?"
                + " AND (locked_until IS NULL OR locked_until < ?)")) {
            ps.setTimestamp(1, Timestamp.from(now.minus(FORGET_AFTER)));
            ps.setTimestamp(2, Timestamp.from(now));
            ps.executeUpdate();
            c.commit();
        }
    }

    private record Row(int failures, Timestamp last, Timestamp lockedUntil) {
    }

    private Row read(String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT failures, last_failure, locked_until FROM login_throttle WHERE throttle_key = ?")) {
            ps.setString(1, stored(key));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Row(rs.getInt(1), rs.getTimestamp(2), rs.getTimestamp(3)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("login throttle: reading a key failed", e);
        }
    }

    /** The key as stored: a key longer than the column (a very long username) by its SHA-256. */
    static String stored(String key) {
        return key.length() <= 200 ? key : "#" + Sha256.hex(key);
    }
}
