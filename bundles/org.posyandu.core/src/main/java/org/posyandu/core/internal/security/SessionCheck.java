package org.posyandu.core.internal.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.security.Caller;
import org.posyandu.core.internal.db.Fields;

/**
 * What an access-token check reads besides the HMAC: one indexed query of the session and its user, so a logout,
 * a disabled user or a password change is refused at once on every node of one database. Only a user's identity
 * (name, role, scope: never changed after creation) is kept in memory.
 */
@Component(service = SessionCheck.class)
public final class SessionCheck {
    private final JpaTemplate jpa;
    /** Who each user is; what a user may do right now (active, sessions valid) is read on every check. */
    private final ConcurrentHashMap<String, Caller> identities = new ConcurrentHashMap<>();

    @Activate
    public SessionCheck(@Reference(target = "(osgi.unit.name=posyandu-core)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** The caller a genuine, unexpired token speaks for, if the user is active and the session live. */
    Optional<Caller> caller(TokenCodec.Claims c) {
        if (!Fields.isId(c.userId()) || !Fields.isId(c.sessionId())) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            Object[] state = em.createQuery("SELECT u.aktif, u.sesiSejak, s.dicabut, s.kedaluwarsa FROM SessionEntity s,"
                    + " UserEntity u WHERE s.id = :s AND s.userId = :u AND u.id = :u", Object[].class)
                    .setParameter("s", c.sessionId()).setParameter("u", c.userId()).getResultStream().findFirst()
                    .orElse(null);
            return allows(state, c.issuedAt(), Instant.now()) ? Optional.ofNullable(identity(em, c.userId()))
                    : Optional.<Caller>empty();
        });
    }

    /** Active user, token issued since the user's sessions were last ended, session neither revoked nor expired. */
    private static boolean allows(Object[] state, long issuedAt, Instant now) {
        return state != null && Boolean.TRUE.equals(state[0])
                && issuedAt >= ((Timestamp) state[1]).toInstant().getEpochSecond() && state[2] == null
                && ((Timestamp) state[3]).toInstant().isAfter(now);
    }

    private Caller identity(EntityManager em, String userId) {
        Caller known = identities.get(userId);
        if (known != null) {
            return known;
        }
        if (identities.size() > 50_000) {
            identities.clear();
        }
        UserEntity u = em.find(UserEntity.class, userId);
        if (u == null) {
            return null;
        }
        identities.put(userId, u.toCaller());
        return u.toCaller();
    }
}
