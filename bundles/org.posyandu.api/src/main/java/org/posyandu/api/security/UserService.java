package org.posyandu.api.security;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Platform users. Every operation is on behalf of a {@link Caller}: an admin creates and manages only users of
 * lower rank inside its own scope; anything else is a 403 (or a 404 for users it cannot see).
 */
@ProviderType
public interface UserService {

    User create(Caller caller, UserInput input);

    /** Users the caller may see, by username. */
    List<User> list(Caller caller, Role role, int offset, int limit);

    Optional<User> find(Caller caller, String id);

    /** Disables or re-enables a user; disabling revokes its refresh tokens and stops its access tokens. */
    User setActive(Caller caller, String id, boolean aktif);

    /** Sets a new password (checked against the policy) and revokes the user's sessions. */
    void resetPassword(Caller caller, String id, String newPassword);

    /** A user's own password change; the current password must be right. */
    void changeOwnPassword(Caller caller, String currentPassword, String newPassword);

    /**
     * Checks a username and password without issuing tokens (the Karaf shell's login): the caller if they
     * match an active user whose role ranks at least {@code minimum}, else empty. Costs one password hash
     * whatever the outcome; every outcome is audited (object type {@code shell}).
     */
    Optional<Caller> authenticate(String username, String password, Role minimum);
}
