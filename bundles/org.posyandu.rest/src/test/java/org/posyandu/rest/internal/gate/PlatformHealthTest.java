package org.posyandu.rest.internal.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.posyandu.api.health.HealthCheck;
import org.posyandu.api.health.HealthStatus;

/** The start-up latch: closed until the required checks are there and UP, then open without running them. */
class PlatformHealthTest {

    private static HealthCheck check(String name, AtomicBoolean up, AtomicInteger runs) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HealthStatus check() {
                runs.incrementAndGet();
                return up.get() ? HealthStatus.up(Map.of()) : HealthStatus.down("not yet");
            }
        };
    }

    @Test
    void closedUntilTheDatabaseAndApiChecksAreThereAndUp() {
        PlatformHealth health = new PlatformHealth("1", 0);
        AtomicBoolean dbUp = new AtomicBoolean(true);
        AtomicInteger runs = new AtomicInteger();
        HealthCheck db = check("database", dbUp, runs);
        health.addCheck(db);
        PlatformHealth.Report report = health.report();
        assertFalse(report.up(), "no api check yet");
        assertEquals("DOWN", ((Map<?, ?>) ((Map<?, ?>) report.body().get("checks")).get("api")).get("status"));
        AtomicBoolean apiUp = new AtomicBoolean(false);
        HealthCheck api = check("api", apiUp, runs);
        health.addCheck(api);
        assertFalse(health.report().up());
        apiUp.set(true);
        assertTrue(health.report().up());
        // open: further requests pass without running the checks
        int before = runs.get();
        for (int i = 0; i < 1000; i++) {
            assertTrue(health.ready());
        }
        assertEquals(before, runs.get());
        // a part going away closes the gate again
        health.removeCheck(api);
        assertFalse(health.report().up());
        health.addCheck(api);
        assertTrue(health.report().up());
        assertTrue(health.ready());
    }

    @Test
    void aPartGoingAwayClosesTheGateForAtLeastTheHold() {
        PlatformHealth health = new PlatformHealth("1", java.util.concurrent.TimeUnit.HOURS.toNanos(1));
        AtomicInteger runs = new AtomicInteger();
        health.addCheck(check("database", new AtomicBoolean(true), runs));
        health.addCheck(check("api", new AtomicBoolean(true), runs));
        assertTrue(health.ready());
        health.close(); // e.g. a JAX-RS resource service unregistering while the platform stops
        assertTrue(health.report().up(), "the checks may not have seen the change yet");
        assertFalse(health.ready(), "but the gate stays closed until the hold is over");
    }

    @Test
    void whileClosedTheChecksRunAtMostOnceAPeriodWhateverTheRequests() {
        PlatformHealth health = new PlatformHealth("1");
        AtomicInteger runs = new AtomicInteger();
        health.addCheck(check("database", new AtomicBoolean(false), runs));
        for (int i = 0; i < 1000; i++) {
            assertFalse(health.ready());
        }
        assertTrue(runs.get() <= 2, "checks ran " + runs.get() + " times for 1000 requests");
    }
}
