package org.posyandu.rest.internal.security;

import javax.ws.rs.core.SecurityContext;

import org.posyandu.api.error.UnauthorizedException;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Scope;

/** How resource methods reach the caller that {@link MethodGuard} authenticated: {@code @Context SecurityContext}. */
public final class Callers {
    private Callers() {
    }

    public static CallerPrincipal principal(SecurityContext sc) {
        if (sc != null && sc.getUserPrincipal() instanceof CallerPrincipal p) {
            return p;
        }
        // unreachable behind MethodGuard for a non-public method; never fall open
        throw new UnauthorizedException("Silakan masuk terlebih dahulu.", "Log in first.");
    }

    public static Caller caller(SecurityContext sc) {
        return principal(sc).caller();
    }

    public static Scope scope(SecurityContext sc) {
        return caller(sc).scope();
    }
}
