package org.posyandu.core.internal.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.posyandu.api.security.User;
import org.posyandu.api.util.Sha256;
import org.posyandu.core.internal.db.Fields;
import org.posyandu.core.internal.posyandu.PosyanduEntity;

/** Look-ups and small rules the login and user services share. */
final class AccountQueries {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccountQueries() {
    }

    static UserEntity byUsername(EntityManager em, String username) {
        return em.createQuery("SELECT u FROM UserEntity u WHERE u.username = :n", UserEntity.class)
                .setParameter("n", username).getResultStream().findFirst().orElse(null);
    }

    /** The session a refresh token opens (stored as its SHA-256 only), or null. */
    static SessionEntity sessionByRefresh(EntityManager em, String refreshToken) {
        return em.createQuery("SELECT s FROM SessionEntity s WHERE s.refreshHash = :h", SessionEntity.class)
                .setParameter("h", Sha256.hex(refreshToken)).getResultStream().findFirst().orElse(null);
    }

    /** Revokes every session of the user, in the caller's transaction. */
    static void endSessions(EntityManager em, String userId) {
        em.createQuery("SELECT s FROM SessionEntity s WHERE s.userId = :u", SessionEntity.class)
                .setParameter("u", userId).getResultList().forEach(s -> s.revoke(Instant.now()));
    }

    /** The wilayah a user's security events are filed under: an admin's own, a kader's first Posyandu's desa. */
    static String wilayahOf(JpaTemplate jpa, User u) {
        if (u.wilayah() != null || u.posyanduIds().isEmpty()) {
            return u.wilayah();
        }
        return jpa.txExpr(TransactionType.Required, em -> wilayahOf(em, u));
    }

    /** {@link #wilayahOf(JpaTemplate, User)} inside the caller's transaction. */
    static String wilayahOf(EntityManager em, User u) {
        if (u.wilayah() != null || u.posyanduIds().isEmpty()) {
            return u.wilayah();
        }
        return Optional.ofNullable(em.find(PosyanduEntity.class, u.posyanduIds().get(0)))
                .map(PosyanduEntity::getDesaKode).orElse(null);
    }

    /** A username as stored: trimmed, inner whitespace collapsed, lower case; null when blank. */
    static String normalize(String username) {
        String s = Fields.clean(username);
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    static String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Random bytes for a new signing key. */
    static byte[] randomBytes(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }
}
