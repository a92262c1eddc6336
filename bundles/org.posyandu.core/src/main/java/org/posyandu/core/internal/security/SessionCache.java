package org.posyandu.core.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.security.Caller;
import org.posyandu.core.internal.db.Fields;

/**
 * What makes an access-token check cheap: users and sessions as last read, so a request costs one HMAC and two map
 * look-ups. The database is asked again about a user or a session at most every {@link #RECHECK}, and at once on
 * this node after a change made here (disable, password, logout).
 */
@Component(service = SessionCache.class)
public final class SessionCache {
    static final Duration RECHECK = Duration.ofSeconds(30);
    private final JpaTemplate jpa;
    private final ConcurrentHashMap<String, CachedUser> users = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CachedSession> sessions = new ConcurrentHashMap<>();

    private record CachedUser(Caller caller, boolean aktif, long validFrom, long loadedAt) {
    }

    private record CachedSession(boolean live, long loadedAt) {
    }

    @Activate
    public SessionCache(@Reference(target = "(osgi.unit.name=posyandu-core)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** The caller a genuine, unexpired token speaks for, if the user is active and the session live. */
    Optional<Caller> caller(TokenCodec.Claims c) {
        CachedUser u = cachedUser(c.userId());
        if (u == null || !u.aktif() || c.issuedAt() < u.validFrom() || !sessionLive(c.sessionId())) {
            return Optional.empty();
        }
        return Optional.of(u.caller());
    }

    /** The user changed here (disabled, enabled, new password): read again on the next check. */
    void userChanged(String userId) {
        users.remove(userId);
    }

    /** The session was logged out here: dead at once. */
    void sessionRevoked(String sessionId) {
        sessions.put(sessionId, new CachedSession(false, System.nanoTime()));
    }

    /** The session was ended with all of its user's: read again on the next check. */
    void sessionEnded(String sessionId) {
        sessions.remove(sessionId);
    }

    private CachedUser cachedUser(String userId) {
        long now = System.nanoTime();
        CachedUser u = users.get(userId);
        if (u != null && now - u.loadedAt() < RECHECK.toNanos()) {
            return u;
        }
        if (!Fields.isId(userId)) {
            return null;
        }
        if (users.size() > 50_000) {
            users.clear();
        }
        CachedUser fresh = jpa.txExpr(TransactionType.Required, em -> Optional
                .ofNullable(em.find(UserEntity.class, userId))
                .map(e -> new CachedUser(e.toCaller(), e.isAktif(), e.sessionsValidFrom(), now)).orElse(null));
        if (fresh != null) {
            users.put(userId, fresh);
        }
        return fresh;
    }

    private boolean sessionLive(String sessionId) {
        long now = System.nanoTime();
        CachedSession s = sessions.get(sessionId);
        if (s != null && now - s.loadedAt() < RECHECK.toNanos()) {
            return s.live();
        }
        if (!Fields.isId(sessionId)) {
            return false;
        }
        if (sessions.size() > 200_000) {
            sessions.clear();
        }
        boolean live = jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity e = em.find(SessionEntity.class, sessionId);
            return e != null && e.isLive(Instant.now());
        });
        sessions.put(sessionId, new CachedSession(live, now));
        return live;
    }
}
