package org.posyandu.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.posyandu.core.internal.db.SchemaMigrator;
import org.posyandu.core.internal.db.TestDatabase;

/** The throttle on a real (in-memory Derby) database with the real migrations. */
class LoginThrottleTest {
    private DataSource db;

    @BeforeEach
    void database() throws Exception {
        db = TestDatabase.fresh();
        new SchemaMigrator(db).migrate("org.posyandu.core", TestDatabase.coreMigrations());
    }

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void locksFromTheThresholdAndDoublesUpToFifteenMinutes() {
        ManualClock clock = new ManualClock();
        LoginThrottle throttle = new LoginThrottle(db, clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed("u:siti", 5);
        }
        assertEquals(0, throttle.retryAfterSeconds("u:siti"));
        throttle.failed("u:siti", 5);
        assertEquals(30, throttle.retryAfterSeconds("u:siti"));
        throttle.failed("u:siti", 5);
        assertEquals(60, throttle.retryAfterSeconds("u:siti"));
        for (int i = 0; i < 10; i++) {
            throttle.failed("u:siti", 5);
        }
        assertEquals(15 * 60, throttle.retryAfterSeconds("u:siti"));
        clock.advance(Duration.ofMinutes(15));
        assertEquals(0, throttle.retryAfterSeconds("u:siti"));
        assertEquals(0, throttle.retryAfterSeconds("u:other"));
    }

    @Test
    void successClearsAndOldFailuresAreForgotten() {
        ManualClock clock = new ManualClock();
        LoginThrottle throttle = new LoginThrottle(db, clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed("k", 5);
        }
        throttle.succeeded("k");
        throttle.failed("k", 5);
        assertEquals(0, throttle.retryAfterSeconds("k"));
        for (int i = 0; i < 3; i++) {
            throttle.failed("k", 5);
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("k", 5); // counts from one again
        assertEquals(0, throttle.retryAfterSeconds("k"));
    }

    @Test
    void twoNodesOnOneDatabaseShareTheCounts() {
        ManualClock clock = new ManualClock();
        LoginThrottle node1 = new LoginThrottle(db, clock);
        LoginThrottle node2 = new LoginThrottle(db, clock);
        for (int i = 0; i < 4; i++) {
            (i % 2 == 0 ? node1 : node2).failed("u:siti", 5);
        }
        assertEquals(4, node2.failures("u:siti"));
        node1.failed("u:siti", 5);
        assertEquals(30, node2.retryAfterSeconds("u:siti"));
        node2.succeeded("u:siti");
        assertEquals(0, node1.retryAfterSeconds("u:siti"));
    }

    @Test
    void aKeyLongerThanTheColumnIsStoredByItsHash() {
        LoginThrottle throttle = new LoginThrottle(db, new ManualClock());
        String key = "u:" + "x".repeat(500);
        for (int i = 0; i < 5; i++) {
            throttle.failed(key, 5);
        }
        assertEquals(30, throttle.retryAfterSeconds(key));
        assertEquals(0, throttle.retryAfterSeconds("u:" + "x".repeat(499)));
    }
}
