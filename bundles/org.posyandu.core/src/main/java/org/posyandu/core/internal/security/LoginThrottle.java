package org.posyandu.core.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing (OWASP ASVS 2.2.1). Failures are counted per key (a username, a client
 * address); from the {@code threshold}-th failure on, the key is locked for 30 s, doubling with every further
 * failure up to 15 minutes. A success clears the key. Counts older than 15 minutes are forgotten. In memory:
 * each node throttles on its own, and a restart forgets (the lock is a brake, not a ban).
 */
public final class LoginThrottle {
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration MAX_LOCK = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 100_000;

    private final ConcurrentHashMap<String, State> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    private record State(int count, Instant last, Instant lockedUntil) {
    }

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds the key must still wait, or 0 when it may try. */
    public long retryAfterSeconds(String key) {
        State s = failures.get(key);
        if (s == null || s.lockedUntil == null) {
            return 0;
        }
        long wait = Duration.between(clock.instant(), s.lockedUntil).toMillis();
        return wait <= 0 ? 0 : (wait + 999) / 1000;
    }

    /** Counts a failure for {@code key}; locks it from the {@code threshold}-th consecutive failure. */
    public void failed(String key, int threshold) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(s -> s.last.plus(FORGET_AFTER).isBefore(now));
        }
        failures.compute(key, (k, old) -> {
            int count = old == null || old.last.plus(FORGET_AFTER).isBefore(now) ? 1 : old.count + 1;
            Instant lockedUntil = null;
            if (count >= threshold) {
                int doublings = Math.min(count - threshold, 10);
                Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
                lockedUntil = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
            }
            return new State(count, now, lockedUntil);
        });
    }

    public void succeeded(String key) {
        failures.remove(key);
    }
}
