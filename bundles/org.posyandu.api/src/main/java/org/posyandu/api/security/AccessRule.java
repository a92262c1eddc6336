package org.posyandu.api.security;

import java.lang.reflect.Method;

/**
 * Who may call a REST resource method, as declared by {@link Public} or {@link RequiresRole} on the method or,
 * failing that, on its class. {@link #UNDECLARED} means nobody: deny by default.
 *
 * @param isPublic callable without login
 * @param minimum  the lowest role allowed, when not public
 */
public record AccessRule(boolean isPublic, Role minimum) {
    public static final AccessRule UNDECLARED = new AccessRule(false, null);
    public static final AccessRule PUBLIC = new AccessRule(true, null);

    /** The declaration that applies to {@code method} when {@code resourceClass} serves it. */
    public static AccessRule of(Method method, Class<?> resourceClass) {
        boolean isPublic = method.isAnnotationPresent(Public.class);
        RequiresRole role = method.getAnnotation(RequiresRole.class);
        if (isPublic || role != null) {
            return declaredOn(isPublic, role);
        }
        return declaredOn(resourceClass.isAnnotationPresent(Public.class),
                resourceClass.getAnnotation(RequiresRole.class));
    }

    private static AccessRule declaredOn(boolean isPublic, RequiresRole role) {
        if (isPublic && role != null) {
            return UNDECLARED; // contradictory: treat as no declaration, so it is refused and the test fails
        }
        return isPublic ? PUBLIC : role != null ? new AccessRule(false, role.value()) : UNDECLARED;
    }

    public boolean isDeclared() {
        return isPublic || minimum != null;
    }

    /** Whether a caller with {@code role} passes (a public rule passes everyone, logged in or not). */
    public boolean allows(Role role) {
        return isPublic || (minimum != null && role != null && role.atLeast(minimum));
    }
}
