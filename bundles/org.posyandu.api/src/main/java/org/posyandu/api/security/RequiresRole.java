package org.posyandu.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares who may call a REST resource method: a logged-in user whose role ranks at least {@link #value()}
 * ({@code @RequiresRole(Role.KADER)} = any logged-in user, {@code @RequiresRole(Role.ADMIN_DESA)} = admins).
 * On a class it applies to every method that declares nothing itself. Deny by default: a resource method
 * with neither this nor {@link Public} is refused to everyone, and the platform's tests fail on it.
 * Object-level checks (is this Posyandu inside the caller's {@link Scope}?) come on top, in the services.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RequiresRole {
    /** The lowest role allowed; every higher role is allowed too. */
    Role value();
}
