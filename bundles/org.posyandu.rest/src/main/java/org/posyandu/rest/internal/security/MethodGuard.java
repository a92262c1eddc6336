package org.posyandu.rest.internal.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.posyandu.api.error.ForbiddenException;
import org.posyandu.api.error.UnauthorizedException;
import org.posyandu.api.security.AccessRule;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.AuditService;
import org.posyandu.api.security.Audited;
import org.posyandu.api.security.AuthService;
import org.posyandu.api.security.Caller;
import org.posyandu.rest.internal.error.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gate in front of one resource method (registered by {@link AccessControl} for every method of the
 * application): authenticates the bearer token, applies the method's {@link AccessRule}, and, for methods
 * that touch personal data ({@link Audited}), writes the audit entry of what writes nothing, in its own transaction:
 * <ul>
 * <li>a read ({@code GET}: READ, LIST, EXPORT, HISTORY, REPORT), whatever its outcome;</li>
 * <li>a refusal or failure (status &gt;= 400) of any method.</li>
 * </ul>
 * A successful write (any other method, status &lt; 400) gets no line here: the core service appended its line inside
 * the write's own transaction, so an acknowledged write always has exactly one line and a rolled-back one none.
 */
final class MethodGuard implements ContainerRequestFilter, ContainerResponseFilter {
    static final String PRINCIPAL = "posyandu.principal";
    private static final Logger LOG = LoggerFactory.getLogger(MethodGuard.class);
    private static final String BEARER = "Bearer ";

    private final String endpoint;
    private final AccessRule rule;
    private final Audited audited;
    private final String action;
    /** A {@code GET} method: its calls write nothing, so this filter records every one of them. */
    private final boolean read;
    private final AuthService auth;
    private final AuditService audit;

    MethodGuard(String endpoint, AccessRule rule, Audited audited, String httpMethod, boolean oneObject,
            AuthService auth, AuditService audit) {
        this.endpoint = endpoint;
        this.rule = rule;
        this.audited = audited;
        this.action = audited == null ? null : action(audited, httpMethod, oneObject);
        this.read = HttpMethod.GET.equals(httpMethod);
        this.auth = auth;
        this.audit = audit;
    }

    private static String action(Audited audited, String httpMethod, boolean oneObject) {
        if (!audited.action().isEmpty()) {
            return audited.action();
        }
        return switch (httpMethod) {
            case HttpMethod.GET -> oneObject ? "READ" : "LIST";
            case HttpMethod.POST -> "CREATE";
            case HttpMethod.PUT, HttpMethod.PATCH -> "UPDATE";
            case HttpMethod.DELETE -> "DELETE";
            default -> httpMethod;
        };
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!rule.isDeclared()) {
            LOG.error("Refused {}: the resource method declares no access rule (@Public or @RequiresRole)", endpoint);
            request.abortWith(Problem.of(new ForbiddenException("Alamat ini belum menyatakan siapa yang boleh memakainya.",
                    "This endpoint does not declare who may call it.")).toResponse());
            return;
        }
        Optional<Caller> caller = bearer(request).flatMap(auth::verify);
        if (caller.isPresent()) {
            CallerPrincipal principal = new CallerPrincipal(caller.get());
            request.setProperty(PRINCIPAL, principal);
            request.setSecurityContext(new CallerContext(principal, request.getSecurityContext().isSecure()));
        }
        if (rule.isPublic()) {
            return;
        }
        if (caller.isEmpty()) {
            boolean presented = bearer(request).isPresent();
            Response r = Problem.of(new UnauthorizedException(
                    presented ? "Token tidak berlaku (kedaluwarsa, dicabut, atau salah); silakan masuk kembali."
                            : "Silakan masuk terlebih dahulu (header Authorization: Bearer <token>).",
                    presented ? "The token is not valid (expired, revoked or wrong); log in again."
                            : "Log in first (header Authorization: Bearer <token>).")).toResponse();
            request.abortWith(Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE,
                    presented ? "Bearer realm=\"posyandu\", error=\"invalid_token\"" : "Bearer realm=\"posyandu\"")
                    .build());
            return;
        }
        if (!rule.allows(caller.get().role())) {
            request.abortWith(Problem.of(new ForbiddenException(
                    "Peran " + caller.get().role() + " tidak boleh memakai alamat ini (paling rendah "
                            + rule.minimum() + ").",
                    "Role " + caller.get().role() + " may not call this endpoint (lowest allowed: "
                            + rule.minimum() + ").")).toResponse());
        }
    }

    private static Optional<String> bearer(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (audited == null || !read && response.getStatus() < 400) {
            return; // a successful write: its line was committed with it by the core
        }
        CallerPrincipal p = request.getProperty(PRINCIPAL) instanceof CallerPrincipal cp ? cp : null;
        String objectId = p != null && p.objectId() != null ? p.objectId() : pathId(request);
        try {
            audit.record(new AuditEntry(0, Instant.now(), p == null ? null : p.getName(),
                    p == null ? null : p.caller().role(), action, audited.value(), objectId,
                    p == null ? null : p.wilayah() != null ? p.wilayah() : p.caller().wilayah(), response.getStatus(),
                    p == null ? null : p.detail()));
        } catch (RuntimeException e) {
            // the response is already decided; losing an audit line must be loud
            LOG.error("AUDIT WRITE FAILED for {} {} {} by {}", action, audited.value(), objectId,
                    p == null ? "-" : p.getName(), e);
        }
    }

    private static String pathId(ContainerRequestContext request) {
        List<String> ids = request.getUriInfo().getPathParameters().get("id");
        return ids == null || ids.isEmpty() ? null : ids.get(0);
    }
}
