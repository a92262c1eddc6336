package org.posyandu.rest.internal.security;

import javax.ws.rs.core.SecurityContext;

/** The JAX-RS security context of an authenticated request. Roles are the platform's {@code Role} names. */
final class CallerContext implements SecurityContext {
    private final CallerPrincipal principal;
    private final boolean secure;

    CallerContext(CallerPrincipal principal, boolean secure) {
        this.principal = principal;
        this.secure = secure;
    }

    @Override
    public CallerPrincipal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
        return principal.caller().role().name().equals(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
