package org.posyandu.core.internal.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

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
 * The password step of a login, REST or shell: throttled against guessing ({@link LoginThrottle}), every failure
 * and refusal recorded in the audit trail.
 */
@Component(service = LoginChecks.class)
public final class LoginChecks {
    private static final int USER_FAILURES_BEFORE_LOCK = 5;
    private static final int CLIENT_FAILURES_BEFORE_LOCK = 20;

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final Passwords passwords;
    private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());

    @Activate
    public LoginChecks(@Reference(target = "(osgi.unit.name=posyandu-core)") JpaTemplate jpa,
            @Reference AuditService audit, @Reference Passwords passwords) {
        this.jpa = jpa;
        this.audit = audit;
        this.passwords = passwords;
    }

    /** The user whose (normalised) name and password these are; 429 while throttled, 401 when wrong. */
    UserEntity rest(String name, String password, String client) {
        String clientKey = "c:" + (client == null ? "?" : client);
        long wait = Math.max(throttle.retryAfterSeconds("u:" + name), throttle.retryAfterSeconds(clientKey));
        if (wait > 0) {
            audit.record(new AuditEntry(0, Instant.now(), name, null, "LOGIN_THROTTLED", "auth", null, null, 429,
                    "client " + client));
            throw new TooManyRequestsException(wait,
                    "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam " + wait + " detik.",
                    "Too many failed logins. Try again in " + wait + " seconds.");
        }
        Optional<UserEntity> user = passwords.check(name, password);
        if (user.isEmpty()) {
            throttle.failed("u:" + name, USER_FAILURES_BEFORE_LOCK);
            throttle.failed(clientKey, CLIENT_FAILURES_BEFORE_LOCK);
            audit.record(new AuditEntry(0, Instant.now(), name, null, "LOGIN_FAILED", "auth", null, null, 401,
                    "client " + client));
            throw new UnauthorizedException("Nama pengguna atau kata sandi salah.", "Wrong username or password.");
        }
        throttle.succeeded("u:" + name);
        return user.get();
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
            throttle.failed(key, 2 * USER_FAILURES_BEFORE_LOCK);
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
