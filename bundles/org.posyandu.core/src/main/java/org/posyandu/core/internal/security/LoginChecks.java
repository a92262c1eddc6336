package org.posyandu.core.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.error.TooManyRequestsException;
import org.posyandu.api.error.UnauthorizedException;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.AuditService;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;

/**
 * The password step of a login, REST or shell: throttled against guessing ({@link LoginThrottle}, shared by every
 * node through the database), every failure and refusal recorded in the audit trail.
 * <p>
 * REST logins are refused (429) while the username is locked: after 5 failures for it from one client address, or
 * 10 from anywhere. A client address alone is never locked: behind one NAT or proxy address many users log in, and
 * one of them guessing must not lock out the others. Instead, from the 20th failure from an address on, every
 * attempt from it waits before its password is checked (0.1 s doubling per further failure, at most
 * {@code maxDelay}): a correct password from a busy address still gets in, just later.
 */
@Component(service = LoginChecks.class)
public final class LoginChecks {
    private static final int FAILURES_FROM_ADDRESS_BEFORE_LOCK = 5;
    private static final int FAILURES_BEFORE_LOCK = 10;
    private static final int SHELL_FAILURES_BEFORE_LOCK = 10;
    private static final int ADDRESS_FAILURES_BEFORE_DELAY = 20;
    private static final Duration FIRST_DELAY = Duration.ofMillis(100);
    /** Threads that may wait out a delay at once; beyond that attempts go through undelayed rather than queue. */
    private static final int DELAYED_AT_ONCE = 16;

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final Duration maxDelay;
    private final Semaphore delayed = new Semaphore(DELAYED_AT_ONCE);

    @Activate
    public LoginChecks(@Reference(target = "(osgi.unit.name=posyandu-core)") JpaTemplate jpa,
            @Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource,
            @Reference AuditService audit, @Reference Passwords passwords) {
        this(jpa, audit, passwords, new LoginThrottle(dataSource, Clock.systemUTC()), Duration.ofSeconds(3));
    }

    LoginChecks(JpaTemplate jpa, AuditService audit, Passwords passwords, LoginThrottle throttle, Duration maxDelay) {
        this.jpa = jpa;
        this.audit = audit;
        this.passwords = passwords;
        this.throttle = throttle;
        this.maxDelay = maxDelay;
    }

    /** The user whose (normalised) name and password these are; 429 while throttled, 401 when wrong. */
    UserEntity rest(String name, String password, String client) {
        String address = client == null ? "?" : client;
        String nameKey = "u:" + name;
        String pairKey = "p:" + address + " " + name;
        String addressKey = "a:" + address;
        long wait = Math.max(throttle.retryAfterSeconds(nameKey), throttle.retryAfterSeconds(pairKey));
        if (wait > 0) {
            audit.record(new AuditEntry(0, Instant.now(), name, null, "LOGIN_THROTTLED", "auth", null, null, 429,
                    "client " + client));
            throw new TooManyRequestsException(wait,
                    "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam " + wait + " detik.",
                    "Too many failed logins. Try again in " + wait + " seconds.");
        }
        slowDown(throttle.failures(addressKey));
        Optional<UserEntity> user = passwords.check(name, password);
        if (user.isEmpty()) {
            throttle.failed(pairKey, FAILURES_FROM_ADDRESS_BEFORE_LOCK);
            throttle.failed(nameKey, FAILURES_BEFORE_LOCK);
            throttle.failed(addressKey, Integer.MAX_VALUE);
            audit.record(new AuditEntry(0, Instant.now(), name, null, "LOGIN_FAILED", "auth", null, null, 401,
                    "client " + client));
            throw new UnauthorizedException("Nama pengguna atau kata sandi salah.", "Wrong username or password.");
        }
        throttle.succeeded(pairKey);
        throttle.succeeded(nameKey);
        return user.get();
    }

    /** The wait of an attempt from an address with that many recent failures (zero below the threshold). */
    Duration delayFor(int addressFailures) {
        if (addressFailures < ADDRESS_FAILURES_BEFORE_DELAY) {
            return Duration.ZERO;
        }
        Duration d = FIRST_DELAY.multipliedBy(1L << Math.min(addressFailures - ADDRESS_FAILURES_BEFORE_DELAY, 16));
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    /** A deliberate wait (a brake on guessing, not a wait for an event), for a bounded number of threads at once. */
    private void slowDown(int addressFailures) {
        Duration d = delayFor(addressFailures);
        if (d.isZero() || !delayed.tryAcquire()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            delayed.release();
        }
    }

    /** A shell (SSH, JMX) login of at least role {@code minimum}, recorded whatever the outcome. */
    Optional<Caller> shell(String username, String password, Role minimum) {
        String name = AccountQueries.normalize(username);
        // an SSH client may try the same password by two methods: the shell has its own, doubled, threshold
        // so shell attempts neither lock the REST login nor get more guesses than it
        String key = "s:" + name;
        if (name == null || password == null || throttle.retryAfterSeconds(key) > 0) {
            audit.record(new AuditEntry(0, Instant.now(), name, null, "LOGIN_FAILED", "shell", null, null, 401,
                    name == null || password == null ? "empty" : "throttled"));
            return Optional.empty();
        }
        Optional<UserEntity> u = passwords.check(name, password);
        if (u.isEmpty()) {
            throttle.failed(key, SHELL_FAILURES_BEFORE_LOCK);
            audit.record(new AuditEntry(0, Instant.now(), name, null, "LOGIN_FAILED", "shell", null, null, 401, null));
            return Optional.empty();
        }
        throttle.succeeded(key);
        Caller c = u.get().toCaller();
        String wilayah = AccountQueries.wilayahOf(jpa, u.get().toUser());
        if (!c.role().atLeast(minimum)) {
            audit.record(AuditEntry.of(c, "LOGIN_FAILED", "shell", c.userId(), wilayah, 403,
                    "role " + c.role() + " may not log in here"));
            return Optional.empty();
        }
        audit.record(AuditEntry.of(c, "LOGIN", "shell", c.userId(), wilayah, 200, null));
        return Optional.of(c);
    }
}
