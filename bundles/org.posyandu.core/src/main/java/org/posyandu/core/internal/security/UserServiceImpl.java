package org.posyandu.core.internal.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.error.ApiException;
import org.posyandu.api.error.ConflictException;
import org.posyandu.api.error.Errors;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ForbiddenException;
import org.posyandu.api.error.NotFoundException;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.AuditService;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.User;
import org.posyandu.api.security.UserInput;
import org.posyandu.api.security.UserService;
import org.posyandu.api.wilayah.WilayahService;
import org.posyandu.core.internal.db.ConcurrentUpdate;
import org.posyandu.core.internal.db.CoreSchema;
import org.posyandu.core.internal.db.Fields;
import org.posyandu.core.internal.db.Scopes;
import org.posyandu.core.internal.posyandu.PosyanduEntity;

/**
 * Users: creation, listing, enabling and disabling, password resets and changes, each recorded in the audit trail:
 * a change with its line in the change's transaction, a refusal in a transaction of its own. A change takes effect
 * for every node's token checks at once ({@link SessionCheck} reads the state).
 */
@Component(service = UserService.class)
public final class UserServiceImpl implements UserService {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final int MAX_KADER_POSYANDU = 20;

    private final JpaTemplate jpa;
    private final WilayahService wilayah;
    private final AuditService audit;
    private final Passwords passwords;
    private final LoginChecks checks;

    @Activate
    public UserServiceImpl(@Reference(target = "(osgi.unit.name=posyandu-core)") JpaTemplate jpa,
            @Reference WilayahService wilayah, @Reference AuditService audit, @Reference Passwords passwords,
            @Reference LoginChecks checks, @Reference CoreSchema schema) {
        this.jpa = jpa;
        this.wilayah = wilayah;
        this.audit = audit;
        this.passwords = passwords;
        this.checks = checks;
    }

    // ---- users --------------------------------------------------------------------------------------------

    @Override
    public User create(Caller caller, UserInput in) {
        return refusalsAudited(caller, "USER_CREATE", null, () -> {
            Fields.requireBody(in);
            String username = AccountQueries.normalize(in.username());
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
            String hash = passwords.hash(in.password());
            Instant now = Instant.now();
            UserEntity created = new UserEntity(Fields.newId(), username, hash, in.role(),
                    in.role().tingkat() != null ? kode : null, posyanduIds, caller.username(), now);
            try {
                jpa.tx(TransactionType.Required, em -> {
                    if (AccountQueries.byUsername(em, username) != null) {
                        throw usernameTaken();
                    }
                    em.persist(created);
                    em.flush();
                    appendLine(em, caller, "USER_CREATE", created.toUser());
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
        String action = aktif ? "USER_ENABLE" : "USER_DISABLE";
        return refusalsAudited(caller, action, id, () -> ConcurrentUpdate.guard(() -> jpa.txExpr(
                TransactionType.Required, em -> {
                    UserEntity u = manageable(em, caller, id);
                    u.setAktif(aktif, Instant.now());
                    if (!aktif) {
                        AccountQueries.endSessions(em, u.getId());
                    }
                    em.flush();
                    return appendLine(em, caller, action, u.toUser());
                })));
    }

    @Override
    public void resetPassword(Caller caller, String id, String newPassword) {
        refusalsAudited(caller, "PASSWORD_RESET", id, () -> {
            UserEntity target = jpa.txExpr(TransactionType.Required, em -> manageable(em, caller, id));
            Errors errors = new Errors();
            PasswordPolicy.check(errors, "password", newPassword, target.getUsername());
            errors.throwIfAny();
            String hash = passwords.hash(newPassword);
            return ConcurrentUpdate.guard(() -> jpa.txExpr(TransactionType.Required, em -> {
                UserEntity u = manageable(em, caller, id);
                u.setPasswordHash(hash, Instant.now(), true);
                AccountQueries.endSessions(em, id);
                return appendLine(em, caller, "PASSWORD_RESET", u.toUser());
            }));
        });
    }

    @Override
    public void changeOwnPassword(Caller caller, String currentPassword, String newPassword) {
        refusalsAudited(caller, "PASSWORD_CHANGE", caller.userId(), () -> {
            Errors errors = new Errors();
            errors.require("currentPassword", currentPassword);
            PasswordPolicy.check(errors, "newPassword", newPassword, caller.username());
            errors.throwIfAny();
            if (passwords.check(caller.username(), currentPassword).isEmpty()) {
                throw new ForbiddenException(new FieldError("currentPassword", "password.wrong",
                        "Kata sandi saat ini salah.", "The current password is wrong."));
            }
            String hash = passwords.hash(newPassword);
            ConcurrentUpdate.guard(() -> jpa.txExpr(TransactionType.Required, em -> {
                UserEntity u = em.find(UserEntity.class, caller.userId());
                u.setPasswordHash(hash, Instant.now(), true);
                AccountQueries.endSessions(em, u.getId());
                AuditLines.append(em, AuditEntry.of(caller, "PASSWORD_CHANGE", "user", caller.userId(),
                        caller.wilayah(), 200, null));
                return null;
            }));
            return null;
        });
    }

    @Override
    public Optional<Caller> authenticate(String username, String password, Role minimum) {
        return checks.shell(username, password, minimum);
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

    /** The line of a change to user {@code u}, filed under that user's wilayah, in the change's transaction. */
    private static User appendLine(EntityManager em, Caller caller, String action, User u) {
        AuditLines.append(em, AuditEntry.of(caller, action, "user", u.id(), AccountQueries.wilayahOf(em, u),
                action.equals("USER_CREATE") ? 201 : 200, u.username() + " " + u.role()));
        return u;
    }

    /** Runs a user change (which appends its own line); a refusal is recorded in a transaction of its own. */
    private <T> T refusalsAudited(Caller caller, String action, String objectId, Supplier<T> change) {
        try {
            return change.get();
        } catch (ApiException e) {
            audit.record(AuditEntry.of(caller, action, "user", objectId, caller.wilayah(), e.status(), e.type()));
            throw e;
        }
    }

    private static ConflictException usernameTaken() {
        return new ConflictException(new FieldError("username", "username.unik", "Nama pengguna sudah dipakai.",
                "The username is taken."), null, null);
    }
}
