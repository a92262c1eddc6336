package org.posyandu.core.internal.security;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.error.TooManyRequestsException;

/**
 * Password hashing and checking (PBKDF2, {@link PasswordHasher}) for logins and password changes alike. PBKDF2 is
 * deliberately expensive: at most one hash per core runs at a time, so logins cannot starve the API; a caller that
 * waits 10 s for its turn gets a 429.
 */
@Component(service = Passwords.class)
public final class Passwords {
    private final JpaTemplate jpa;
    private final PasswordHasher hasher = new PasswordHasher();
    private final Semaphore hashing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    /** Verified against when the username is unknown, so that case costs the same as a wrong password. */
    private volatile String dummyHash;

    @Activate
    public Passwords(@Reference(target = "(osgi.unit.name=posyandu-core)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** One PBKDF2 verification whatever the outcome; the user if the password matches an active account. */
    Optional<UserEntity> check(String username, String password) {
        UserEntity u = username == null ? null
                : jpa.txExpr(TransactionType.Required, em -> AccountQueries.byUsername(em, username));
        boolean match = withHashingPermit(() -> hasher.verify(password, u == null ? dummyHash() : u.getPasswordHash()));
        if (!match || u == null || !u.isAktif()) {
            return Optional.empty();
        }
        return Optional.of(u);
    }

    String hash(String password) {
        return withHashingPermit(() -> hasher.hash(password));
    }

    /** Runs a PBKDF2 computation under a hashing permit; 429 when the server is saturated for 10 s. */
    private <T> T withHashingPermit(Supplier<T> work) {
        try {
            if (!hashing.tryAcquire(10, TimeUnit.SECONDS)) {
                throw new TooManyRequestsException(5, "Server sedang sibuk; coba lagi sebentar.",
                        "The server is busy; try again shortly.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooManyRequestsException(5, "Server sedang sibuk.", "The server is busy.");
        }
        try {
            return work.get();
        } finally {
            hashing.release();
        }
    }

    /** Made on first need (a failed login for an unknown name), not at start-up: it costs one PBKDF2. */
    private String dummyHash() {
        String h = dummyHash;
        if (h == null) {
            h = hasher.hash(AccountQueries.randomToken(16));
            dummyHash = h;
        }
        return h;
    }
}
