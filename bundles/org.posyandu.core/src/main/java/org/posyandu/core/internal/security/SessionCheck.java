package org.posyandu.core.internal.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

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
 * (name, role, scope: never changed after creation) is kept in memory. The per-request query is plain JDBC on a
 * pooled connection: through a JPA transaction and unit of work it cost a fifth of a registry write's CPU
 * (docs/benchmarks.md, the baseline ratio).
 */
@Component(service = SessionCheck.class)
public final class SessionCheck {
    private static final String STATE = "SELECT u.aktif, u.sesi_sejak, s.dicabut, s.kedaluwarsa FROM auth_session s"
            + " JOIN app_user u ON u.id = s.user_id WHERE s.id = ? AND s.user_id = ?";

    private final DataSource dataSource;
    private final JpaTemplate jpa;
    /** Who each user is; what a user may do right now (active, sessions valid) is read on every check. */
    private final ConcurrentHashMap<String, Caller> identities = new ConcurrentHashMap<>();

    @Activate
    public SessionCheck(@Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource,
            @Reference(target = "(osgi.unit.name=posyandu-core)") JpaTemplate jpa) {
        this.dataSource = dataSource;
        this.jpa = jpa;
    }

    /** The caller a genuine, unexpired token speaks for, if the user is active and the session live. */
    Optional<Caller> caller(TokenCodec.Claims c) {
        if (!Fields.isId(c.userId()) || !Fields.isId(c.sessionId())) {
            return Optional.empty();
        }
        if (!allows(state(c.sessionId(), c.userId()), c.issuedAt(), Instant.now())) {
            return Optional.empty();
        }
        Caller known = identities.get(c.userId());
        return known != null ? Optional.of(known)
                : Optional.ofNullable(jpa.txExpr(TransactionType.Required, em -> identity(em, c.userId())));
    }

    /** The user's and the session's state, or null when there is no such session of that user. */
    private Object[] state(String sessionId, String userId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(STATE)) {
            query.setString(1, sessionId);
            query.setString(2, userId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new Object[] {row.getBoolean(1), row.getTimestamp(2), row.getTimestamp(3),
                    row.getTimestamp(4)} : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the session failed", e);
        }
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
