package org.posyandu.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.error.ApiException;
import org.posyandu.api.error.ConflictException;
import org.posyandu.api.error.Errors;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ForbiddenException;
import org.posyandu.api.error.NotFoundException;
import org.posyandu.api.error.TooManyRequestsException;
import org.posyandu.api.error.UnauthorizedException;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.AuditService;
import org.posyandu.api.security.AuthService;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.TokenPair;
import org.posyandu.api.security.User;
import org.posyandu.api.security.UserInput;
import org.posyandu.api.security.UserService;
import org.posyandu.api.wilayah.WilayahService;
import org.posyandu.core.internal.db.CoreSchema;
import org.posyandu.core.internal.db.ConcurrentUpdate;
import org.posyandu.core.internal.db.Fields;
import org.posyandu.core.internal.db.Scopes;
import org.posyandu.core.internal.posyandu.PosyanduEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Users, passwords, login sessions and access tokens (configuration PID {@code org.posyandu.security}).
 * One component serves {@link UserService} and {@link AuthService} because both share the users' identities.
 * A token check costs one HMAC and one indexed query of the session and its user, so a logout, a disabled user
 * or a password change is refused at once on every node of one database; only a user's identity (name, role,
 * scope: never changed after creation) is kept in memory.
 */
@Component(service = { UserService.class, AuthService.class }, immediate = true,
        configurationPid = Accounts.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class Accounts implements UserService, AuthService {
    static final String PID = "org.posyandu.security";
    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final int USER_FAILURES_BEFORE_LOCK = 5;
    private static final int CLIENT_FAILURES_BEFORE_LOCK = 20;
    private static final int MAX_KADER_POSYANDU = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JpaTemplate jpa;
    private final WilayahService wilayah;
    private final AuditService audit;
    private final PasswordHasher hasher = new PasswordHasher();
    private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());
    /** PBKDF2 is deliberately expensive: at most one hash per core at a time, so logins cannot starve the API. */
    private final Semaphore hashing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final Duration accessTtl;
    private final Duration refreshTtl;
    private final TokenCodec codec;
    /** Verified against when the username is unknown, so that case costs the same as a wrong password. */
    private volatile String dummyHash;
    /** Who each user is; what a user may do right now (active, sessions valid) is read on every check. */
    private final ConcurrentHashMap<String, Caller> identities = new ConcurrentHashMap<>();

    @Activate
    public Accounts(@Reference(target = "(osgi.unit.name=posyandu-core)") JpaTemplate jpa,
            @Reference WilayahService wilayah, @Reference AuditService audit, @Reference CoreSchema schema,
            Map<String, Object> config) {
        this.jpa = jpa;
        this.wilayah = wilayah;
        this.audit = audit;
        long accessMinutes = Math.max(1, Math.min(15, longConfig(config, "access.token.minutes", 10)));
        this.accessTtl = Duration.ofMinutes(accessMinutes);
        this.refreshTtl = Duration.ofDays(Math.max(1, longConfig(config, "refresh.token.days", 30)));
        this.codec = new TokenCodec(signingKey());
        new AdminBootstrap(this::countUsers, this::createBootstrapAdmin, audit).run(config);
    }

    // ---- login and tokens ---------------------------------------------------------------------------------

    @Override
    public TokenPair login(String username, String password, String client) {
        String name = normalize(username);
        Errors errors = new Errors();
        errors.require("username", name);
        errors.require("password", password);
        errors.throwIfAny();
        String clientKey = "c:" + (client == null ? "?" : client);
        long wait = Math.max(throttle.retryAfterSeconds("u:" + name), throttle.retryAfterSeconds(clientKey));
        if (wait > 0) {
            audit.record(new AuditEntry(0, Instant.now(), name, null, "LOGIN_THROTTLED", "auth", null, null, 429,
                    "client " + client));
            throw new TooManyRequestsException(wait,
                    "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam " + wait + " detik.",
                    "Too many failed logins. Try again in " + wait + " seconds.");
        }
        Optional<UserEntity> user = checkPassword(name, password);
        if (user.isEmpty()) {
            throttle.failed("u:" + name, USER_FAILURES_BEFORE_LOCK);
            throttle.failed(clientKey, CLIENT_FAILURES_BEFORE_LOCK);
            audit.record(new AuditEntry(0, Instant.now(), name, null, "LOGIN_FAILED", "auth", null, null, 401,
                    "client " + client));
            throw badCredentials();
        }
        throttle.succeeded("u:" + name);
        UserEntity u = user.get();
        TokenPair pair = openSession(u);
        audit.record(AuditEntry.of(u.toCaller(), "LOGIN", "auth", u.getId(), wilayahOf(u), 200, "client " + client));
        return pair;
    }

    @Override
    public TokenPair refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 200) {
            throw invalidRefresh();
        }
        Instant now = Instant.now();
        String newRefresh = randomToken(32);
        return jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity s = sessionByRefresh(em, refreshToken);
            UserEntity u = s == null ? null : em.find(UserEntity.class, s.getUserId());
            if (s == null || !s.isLive(now) || u == null || !u.isAktif()) {
                throw invalidRefresh();
            }
            s.rotate(sha256(newRefresh));
            return new TokenPair(accessToken(u.getId(), s.getId(), now), "Bearer", accessTtl.toSeconds(), newRefresh);
        });
    }

    @Override
    public void logout(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 200) {
            return;
        }
        Optional<Caller> who = jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity s = sessionByRefresh(em, refreshToken);
            if (s == null) {
                return Optional.<Caller>empty();
            }
            s.revoke(Instant.now());
            return Optional.ofNullable(em.find(UserEntity.class, s.getUserId())).map(UserEntity::toCaller);
        });
        who.ifPresent(c -> audit.record(AuditEntry.of(c, "LOGOUT", "auth", c.userId(), c.wilayah(), 200, null)));
    }

    @Override
    public Optional<Caller> verify(String accessToken) {
        Optional<TokenCodec.Claims> claims = codec.decode(accessToken, Instant.now().getEpochSecond());
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        TokenCodec.Claims c = claims.get();
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

    private TokenPair openSession(UserEntity u) {
        Instant now = Instant.now();
        String refresh = randomToken(32);
        String sessionId = Fields.newId();
        jpa.tx(TransactionType.Required,
                em -> em.persist(new SessionEntity(sessionId, u.getId(), sha256(refresh), now, now.plus(refreshTtl))));
        return new TokenPair(accessToken(u.getId(), sessionId, now), "Bearer", accessTtl.toSeconds(), refresh);
    }

    private String accessToken(String userId, String sessionId, Instant now) {
        long iat = now.getEpochSecond();
        return codec.encode(new TokenCodec.Claims(userId, sessionId, iat, iat + accessTtl.toSeconds()));
    }

    private static SessionEntity sessionByRefresh(EntityManager em, String refreshToken) {
        return em.createQuery("SELECT s FROM SessionEntity s WHERE s.refreshHash = :h", SessionEntity.class)
                .setParameter("h", sha256(refreshToken)).getResultStream().findFirst().orElse(null);
    }

    /** One PBKDF2 verification whatever the outcome; the user if the password matches an active account. */
    private Optional<UserEntity> checkPassword(String username, String password) {
        UserEntity u = username == null ? null : jpa.txExpr(TransactionType.Required, em -> byUsername(em, username));
        boolean match = withHashingPermit(() -> hasher.verify(password, u == null ? dummyHash() : u.getPasswordHash()));
        if (!match || u == null || !u.isAktif()) {
            return Optional.empty();
        }
        return Optional.of(u);
    }

    private static UserEntity byUsername(EntityManager em, String username) {
        return em.createQuery("SELECT u FROM UserEntity u WHERE u.username = :n", UserEntity.class)
                .setParameter("n", username).getResultStream().findFirst().orElse(null);
    }

    // ---- users --------------------------------------------------------------------------------------------

    @Override
    public User create(Caller caller, UserInput in) {
        return audited(caller, "USER_CREATE", null, () -> {
            Fields.requireBody(in);
            String username = normalize(in.username());
            Errors errors = new Errors();
            if (errors.require("username", username) && !USERNAME.matcher(username).matches()) {
                errors.add("username", "username.format",
                        "3–64 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.",
                        "3–64 characters: lower-case letters, digits, dot, underscore or hyphen.");
            }
            PasswordPolicy.check(errors, "password", in.password(), username);
            Set<String> posyanduIds = new LinkedHashSet<>();
            String kode = Fields.clean(in.wilayah());
            if (errors.require("role", in.role())) {
                if (!caller.role().outranks(in.role())) {
                    throw new ForbiddenException(new FieldError("role", "role.rank",
                            "Anda hanya dapat membuat pengguna dengan peran di bawah peran Anda.",
                            "You can only create users of a lower role than yours."));
                }
                validateBinding(errors, in, kode, posyanduIds);
            }
            errors.throwIfAny();
            // inside the caller's own scope only
            if (in.role().tingkat() != null) {
                Scopes.requireWilayah(caller.scope(), "wilayah", kode);
            }
            jpa.tx(TransactionType.Required, em -> posyanduIds.forEach(id -> {
                if (!PosyanduEntity.covers(em, caller.scope(), id)) {
                    throw ForbiddenException.outsideScope("posyanduIds", id);
                }
            }));
            String hash = hash(in.password());
            Instant now = Instant.now();
            UserEntity created = new UserEntity(Fields.newId(), username, hash, in.role(),
                    in.role().tingkat() != null ? kode : null, posyanduIds, caller.username(), now);
            try {
                jpa.tx(TransactionType.Required, em -> {
                    if (byUsername(em, username) != null) {
                        throw usernameTaken();
                    }
                    em.persist(created);
                    em.flush();
                });
            } catch (RuntimeException e) {
                if (Fields.isUniqueViolation(e)) {
                    throw usernameTaken();
                }
                throw e;
            }
            return created.toUser();
        });
    }

    private void validateBinding(Errors errors, UserInput in, String kode, Set<String> posyanduIds) {
        List<String> ids = in.posyanduIds() == null ? List.of() : in.posyanduIds();
        if (in.role() == Role.KADER) {
            if (kode != null) {
                errors.add("wilayah", "user.kaderWilayah", "Kader terikat pada Posyandu, bukan wilayah.",
                        "A kader is bound to Posyandu, not to a wilayah.");
            }
            if (ids.isEmpty()) {
                errors.add("posyanduIds", "required", "Kader harus terikat pada paling sedikit satu Posyandu.",
                        "A kader must be bound to at least one Posyandu.");
            } else if (ids.size() > MAX_KADER_POSYANDU) {
                errors.add("posyanduIds", "maxItems", "Paling banyak " + MAX_KADER_POSYANDU + " Posyandu.",
                        "At most " + MAX_KADER_POSYANDU + " Posyandu.");
            }
            jpa.tx(TransactionType.Required, em -> {
                for (int i = 0; i < ids.size(); i++) {
                    String id = ids.get(i);
                    if (!Fields.isId(id) || em.find(PosyanduEntity.class, id) == null) {
                        errors.add("posyanduIds[" + i + "]", "posyandu.exists", "Posyandu tidak ditemukan.",
                                "Posyandu not found.");
                    } else {
                        posyanduIds.add(id);
                    }
                }
            });
        } else {
            if (!ids.isEmpty()) {
                errors.add("posyanduIds", "user.adminPosyandu", "Hanya kader yang terikat pada Posyandu.",
                        "Only a kader is bound to Posyandu.");
            }
            if (errors.require("wilayah", kode) && !wilayah.exists(kode, in.role().tingkat())) {
                errors.add("wilayah", "wilayah.tingkat",
                        "Peran " + in.role() + " memerlukan kode " + in.role().tingkat().jsonName() + " yang ada.",
                        "Role " + in.role() + " needs an existing " + in.role().tingkat().jsonName() + " code.");
            }
        }
    }

    @Override
    public List<User> list(Caller caller, Role role, int offset, int limit) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<String> lower = new ArrayList<>();
            for (Role r : Role.values()) {
                if (caller.role().outranks(r) && (role == null || r == role)) {
                    lower.add(r.name());
                }
            }
            if (lower.isEmpty()) {
                return List.<User>of();
            }
            return em.createQuery("SELECT u FROM UserEntity u WHERE u.role IN :roles ORDER BY u.username",
                    UserEntity.class).setParameter("roles", lower).getResultStream()
                    .filter(u -> visible(em, caller, u)).skip(offset).limit(limit).map(UserEntity::toUser).toList();
        });
    }

    @Override
    public Optional<User> find(Caller caller, String id) {
        if (!Fields.isId(id)) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(UserEntity.class, id))
                .filter(u -> u.getId().equals(caller.userId()) || visible(em, caller, u)).map(UserEntity::toUser));
    }

    @Override
    public User setActive(Caller caller, String id, boolean aktif) {
        return audited(caller, aktif ? "USER_ENABLE" : "USER_DISABLE", id, () -> {
            User changed = ConcurrentUpdate.guard(() -> jpa.txExpr(TransactionType.Required, em -> {
                UserEntity u = manageable(em, caller, id);
                u.setAktif(aktif, Instant.now());
                if (!aktif) {
                    endSessions(em, u.getId());
                }
                em.flush();
                return u.toUser();
            }));
            return changed;
        });
    }

    @Override
    public void resetPassword(Caller caller, String id, String newPassword) {
        audited(caller, "PASSWORD_RESET", id, () -> {
            UserEntity target = jpa.txExpr(TransactionType.Required, em -> manageable(em, caller, id));
            Errors errors = new Errors();
            PasswordPolicy.check(errors, "password", newPassword, target.getUsername());
            errors.throwIfAny();
            String hash = hash(newPassword);
            ConcurrentUpdate.guard(() -> jpa.txExpr(TransactionType.Required, em -> {
                manageable(em, caller, id).setPasswordHash(hash, Instant.now(), true);
                endSessions(em, id);
                return null;
            }));
            return target.toUser();
        });
    }

    @Override
    public void changeOwnPassword(Caller caller, String currentPassword, String newPassword) {
        audited(caller, "PASSWORD_CHANGE", caller.userId(), () -> {
            Errors errors = new Errors();
            errors.require("currentPassword", currentPassword);
            PasswordPolicy.check(errors, "newPassword", newPassword, caller.username());
            errors.throwIfAny();
            if (checkPassword(caller.username(), currentPassword).isEmpty()) {
                throw new ForbiddenException(new FieldError("currentPassword", "password.wrong",
                        "Kata sandi saat ini salah.", "The current password is wrong."));
            }
            String hash = hash(newPassword);
            ConcurrentUpdate.guard(() -> jpa.txExpr(TransactionType.Required, em -> {
                UserEntity u = em.find(UserEntity.class, caller.userId());
                u.setPasswordHash(hash, Instant.now(), true);
                endSessions(em, u.getId());
                return null;
            }));
            return null;
        });
    }

    @Override
    public Optional<Caller> authenticate(String username, String password, Role minimum) {
        String name = normalize(username);
        // an SSH client may try the same password by two methods: the shell has its own, doubled, threshold
        // so shell attempts neither lock the REST login nor get more guesses than it
        String key = "s:" + name;
        if (name == null || password == null || throttle.retryAfterSeconds(key) > 0) {
            audit.record(new AuditEntry(0, Instant.now(), name, null, "LOGIN_FAILED", "shell", null, null, 401,
                    name == null || password == null ? "empty" : "throttled"));
            return Optional.empty();
        }
        Optional<UserEntity> u = checkPassword(name, password);
        if (u.isEmpty()) {
            throttle.failed(key, 2 * USER_FAILURES_BEFORE_LOCK);
            audit.record(new AuditEntry(0, Instant.now(), name, null, "LOGIN_FAILED", "shell", null, null, 401, null));
            return Optional.empty();
        }
        throttle.succeeded(key);
        Caller c = u.get().toCaller();
        if (!c.role().atLeast(minimum)) {
            audit.record(AuditEntry.of(c, "LOGIN_FAILED", "shell", c.userId(), wilayahOf(u.get()), 403,
                    "role " + c.role() + " may not log in here"));
            return Optional.empty();
        }
        audit.record(AuditEntry.of(c, "LOGIN", "shell", c.userId(), wilayahOf(u.get()), 200, null));
        return Optional.of(c);
    }

    /** Whether {@code caller} may see {@code u}: a user of lower rank inside the caller's scope. */
    private static boolean visible(EntityManager em, Caller caller, UserEntity u) {
        if (!caller.role().outranks(u.getRole())) {
            return false;
        }
        if (caller.scope().isAll()) {
            return true;
        }
        if (u.getRole() == Role.KADER) {
            return !u.getPosyanduIds().isEmpty()
                    && u.getPosyanduIds().stream().allMatch(p -> PosyanduEntity.covers(em, caller.scope(), p));
        }
        return caller.scope().coversWilayah(u.getWilayahKode());
    }

    private static UserEntity manageable(EntityManager em, Caller caller, String id) {
        UserEntity u = Fields.isId(id) ? em.find(UserEntity.class, id) : null;
        if (u == null || !visible(em, caller, u)) {
            throw new NotFoundException("Pengguna", "User", id);
        }
        return u;
    }

    private void endSessions(EntityManager em, String userId) {
        em.createQuery("SELECT s FROM SessionEntity s WHERE s.userId = :u", SessionEntity.class)
                .setParameter("u", userId).getResultList().forEach(s -> s.revoke(Instant.now()));
    }

    /** Runs a user change and records it, allowed or refused, in the audit trail. */
    private <T> T audited(Caller caller, String action, String objectId, Supplier<T> change) {
        try {
            T result = change.get();
            String id = result instanceof User u ? u.id() : objectId;
            String where = result instanceof User u ? userWilayah(u) : caller.wilayah();
            audit.record(AuditEntry.of(caller, action, "user", id, where, action.equals("USER_CREATE") ? 201 : 200,
                    result instanceof User u ? u.username() + " " + u.role() : null));
            return result;
        } catch (ApiException e) {
            audit.record(AuditEntry.of(caller, action, "user", objectId, caller.wilayah(), e.status(), e.type()));
            throw e;
        }
    }

    /** The wilayah a user's security events are filed under: an admin's own, a kader's first Posyandu's desa. */
    private String wilayahOf(UserEntity u) {
        return userWilayah(u.toUser());
    }

    private String userWilayah(User u) {
        if (u.wilayah() != null || u.posyanduIds().isEmpty()) {
            return u.wilayah();
        }
        return jpa.txExpr(TransactionType.Required, em -> Optional
                .ofNullable(em.find(PosyanduEntity.class, u.posyanduIds().get(0))).map(PosyanduEntity::getDesaKode)
                .orElse(null));
    }

    private String hash(String password) {
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
            h = hasher.hash(randomToken(16));
            dummyHash = h;
        }
        return h;
    }

    // ---- bootstrap ----------------------------------------------------------------------------------------

    private long countUsers() {
        return jpa.txExpr(TransactionType.Required,
                em -> em.createQuery("SELECT COUNT(u) FROM UserEntity u", Long.class).getSingleResult());
    }

    /** Creates the first SUPERADMIN; false if another node got there first. */
    private boolean createBootstrapAdmin(String username, String password, Errors errors) {
        PasswordPolicy.check(errors, "password", password, username);
        if (!errors.isEmpty()) {
            return false;
        }
        UserEntity admin = new UserEntity(Fields.newId(), username, hash(password), Role.SUPERADMIN, null, Set.of(),
                "system", Instant.now());
        try {
            jpa.tx(TransactionType.Required, em -> em.persist(admin));
            return true;
        } catch (RuntimeException e) {
            if (Fields.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private byte[] signingKey() {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        String candidate = Base64.getEncoder().encodeToString(fresh);
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

    // ---- small helpers ------------------------------------------------------------------------------------

    private static String normalize(String username) {
        String s = Fields.clean(username);
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    static String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long longConfig(Map<String, Object> config, String key, long fallback) {
        Object v = config.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.toString().trim());
        } catch (NumberFormatException e) {
            LOG.warn("{}: {} = '{}' is not a number; using {}", PID, key, v, fallback);
            return fallback;
        }
    }

    private static UnauthorizedException badCredentials() {
        return new UnauthorizedException("Nama pengguna atau kata sandi salah.", "Wrong username or password.");
    }

    private static UnauthorizedException invalidRefresh() {
        return new UnauthorizedException("Sesi tidak berlaku lagi; silakan masuk kembali.",
                "The session is no longer valid; log in again.");
    }

    private static ConflictException usernameTaken() {
        return new ConflictException(new FieldError("username", "username.unik", "Nama pengguna sudah dipakai.",
                "The username is taken."), null, null);
    }
}
