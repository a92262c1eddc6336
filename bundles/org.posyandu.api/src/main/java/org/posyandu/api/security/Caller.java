package org.posyandu.api.security;

import java.util.Objects;

/**
 * The authenticated user behind a request.
 *
 * @param userId   the user's id
 * @param username login name
 * @param role     the role
 * @param scope    what the user may see and touch
 */
public record Caller(String userId, String username, Role role, Scope scope) {
    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
    }

    /** The wilayah code recorded with this caller's security events (the scope root; null for all/kader). */
    public String wilayah() {
        return scope.wilayah();
    }
}
