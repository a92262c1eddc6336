package org.posyandu.core.internal.security;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.error.Errors;
import org.posyandu.api.error.UnauthorizedException;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.AuthService;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.TokenPair;
import org.posyandu.api.util.Sha256;
import org.posyandu.core.internal.db.CoreSchema;
import org.posyandu.core.internal.db.Fields;

/**
 * Logins (REST and shell), login sessions and access tokens (configuration PID {@code org.posyandu.security},
 * {@link SecurityConfig}). Creates the platform's signing key and the first SUPERADMIN on first start.
 */
@Component(service = AuthService.class, immediate = true, configurationPid = SecurityConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class AuthServiceImpl implements AuthService {
    private final JpaTemplate jpa;
    private final Passwords passwords;
    private final SessionCheck sessions;
    private final SecurityConfig config;
    private final TokenCodec codec;
    private final LoginChecks checks;

    @Activate
    public AuthServiceImpl(@Reference(target = "(osgi.unit.name=posyandu-core)") JpaTemplate jpa,
            @Reference Passwords passwords, @Reference LoginChecks checks,
            @Reference SessionCheck sessions, @Reference CoreSchema schema, Map<String, Object> config) {
        this.jpa = jpa;
        this.passwords = passwords;
        this.checks = checks;
        this.sessions = sessions;
        this.config = SecurityConfig.of(config);
        this.codec = new TokenCodec(SigningKey.load(jpa));
        new AdminBootstrap(this::countUsers, this::createBootstrapAdmin).run(config);
    }

    @Override
    public TokenPair login(String username, String password, String client) {
        String name = AccountQueries.normalize(username);
        Errors errors = new Errors();
        errors.require("username", name);
        errors.require("password", password);
        errors.throwIfAny();
        UserEntity u = checks.rest(name, password, client);
        return openSession(u, client);
    }

    @Override
    public TokenPair refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 200) {
            throw invalidRefresh();
        }
        Instant now = Instant.now();
        String newRefresh = AccountQueries.randomToken(32);
        return jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity s = AccountQueries.sessionByRefresh(em, refreshToken);
            UserEntity u = s == null ? null : em.find(UserEntity.class, s.getUserId());
            if (s == null || !s.isLive(now) || u == null || !u.isAktif()) {
                throw invalidRefresh();
            }
            s.rotate(Sha256.hex(newRefresh));
            return pair(u.getId(), s.getId(), now, newRefresh);
        });
    }

    @Override
    public void logout(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 200) {
            return;
        }
        jpa.tx(TransactionType.Required, em -> {
            SessionEntity s = AccountQueries.sessionByRefresh(em, refreshToken);
            if (s == null) {
                return;
            }
            s.revoke(Instant.now());
            Optional.ofNullable(em.find(UserEntity.class, s.getUserId())).map(UserEntity::toCaller).ifPresent(c ->
                    AuditLines.append(em, AuditEntry.of(c, "LOGOUT", "auth", c.userId(), c.wilayah(), 200, null)));
        });
    }

    @Override
    public Optional<Caller> verify(String accessToken) {
        return codec.decode(accessToken, Instant.now().getEpochSecond()).flatMap(sessions::caller);
    }

    /** A new session for a user who just logged in, with the login's audit line in the same transaction. */
    private TokenPair openSession(UserEntity u, String client) {
        Instant now = Instant.now();
        String refresh = AccountQueries.randomToken(32);
        String sessionId = Fields.newId();
        jpa.tx(TransactionType.Required, em -> {
            em.persist(new SessionEntity(sessionId, u.getId(), Sha256.hex(refresh), now, now.plus(config.refreshTtl())));
            AuditLines.append(em, AuditEntry.of(u.toCaller(), "LOGIN", "auth", u.getId(),
                    AccountQueries.wilayahOf(em, u.toUser()), 200, "client " + client));
        });
        return pair(u.getId(), sessionId, now, refresh);
    }

    private TokenPair pair(String userId, String sessionId, Instant now, String refresh) {
        long iat = now.getEpochSecond();
        long ttl = config.accessTtl().toSeconds();
        return new TokenPair(codec.encode(new TokenCodec.Claims(userId, sessionId, iat, iat + ttl)), "Bearer", ttl,
                refresh);
    }

    private static UnauthorizedException invalidRefresh() {
        return new UnauthorizedException("Sesi tidak berlaku lagi; silakan masuk kembali.",
                "The session is no longer valid; log in again.");
    }

    // ---- first start ----------------------------------------------------------------------------------------

    private long countUsers() {
        return jpa.txExpr(TransactionType.Required,
                em -> em.createQuery("SELECT COUNT(u) FROM UserEntity u", Long.class).getSingleResult());
    }

    /** Creates the first SUPERADMIN; false if another node got there first. */
    private boolean createBootstrapAdmin(String username, String password, Errors errors, AuditEntry line) {
        PasswordPolicy.check(errors, "password", password, username);
        if (!errors.isEmpty()) {
            return false;
        }
        UserEntity admin = new UserEntity(Fields.newId(), username, passwords.hash(password), Role.SUPERADMIN, null,
                Set.of(), "system", Instant.now());
        try {
            jpa.tx(TransactionType.Required, em -> {
                em.persist(admin);
                AuditLines.append(em, line);
            });
            return true;
        } catch (RuntimeException e) {
            if (Fields.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /** The platform's HMAC key for access tokens, in the database so every node signs alike. */
    static final class SigningKey {
        private SigningKey() {
        }

        static byte[] load(JpaTemplate jpa) {
            String candidate = Base64.getEncoder().encodeToString(AccountQueries.randomBytes(32));
            String secret;
            try {
                secret = jpa.txExpr(TransactionType.Required, em -> {
                    SigningKeyEntity key = em.find(SigningKeyEntity.class, 1);
                    if (key == null) {
                        key = new SigningKeyEntity(1, candidate, Instant.now());
                        em.persist(key);
                    }
                    return key.getSecret();
                });
            } catch (RuntimeException e) {
                if (!Fields.isUniqueViolation(e)) {
                    throw e;
                }
                // another node created it first: use theirs
                secret = jpa.txExpr(TransactionType.Required, em -> em.find(SigningKeyEntity.class, 1).getSecret());
            }
            return Base64.getDecoder().decode(secret);
        }
    }
}
