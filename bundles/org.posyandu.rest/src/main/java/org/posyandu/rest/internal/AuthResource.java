package org.posyandu.rest.internal;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.posyandu.api.error.Errors;
import org.posyandu.api.security.AuthService;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Public;
import org.posyandu.api.security.RequiresRole;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.TokenPair;
import org.posyandu.api.security.User;
import org.posyandu.api.security.UserService;
import org.posyandu.rest.internal.security.Callers;
import org.posyandu.rest.internal.security.ClientAddress;

/**
 * Login: {@code POST /auth/token} answers an OAuth-style token pair; {@code /auth/refresh} rotates it;
 * {@code /auth/logout} revokes the session; {@code GET /auth/me} tells an app who is logged in and where.
 */
@Component(service = AuthResource.class)
@JaxrsResource
@JaxrsName(AuthResource.NAME)
@JSONRequired
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AuthResource {
    static final String NAME = "posyandu.auth";
    private final AuthService auth;
    private final UserService users;
    private final ClientAddress clients;

    @Activate
    public AuthResource(@Reference AuthService auth, @Reference UserService users, @Reference ClientAddress clients) {
        this.auth = auth;
        this.users = users;
        this.clients = clients;
    }

    public record Login(String username, String password) {
    }

    public record Refresh(@JsonProperty("refresh_token") String refreshToken) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** RFC 6749 field names, so OAuth client libraries read it as they are. */
    public record TokenResponse(@JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("refresh_token") String refreshToken) {
        static TokenResponse of(TokenPair p) {
            return new TokenResponse(p.accessToken(), p.tokenType(), p.expiresIn(), p.refreshToken());
        }
    }

    @POST
    @Path("token")
    @Public
    public Response token(Login login, @Context HttpServletRequest http) {
        Errors errors = new Errors();
        if (login == null) {
            errors.require("username", null);
            errors.require("password", null);
            errors.throwIfAny();
        }
        return noStore(TokenResponse.of(auth.login(login.username(), login.password(), clients.of(http))));
    }

    @POST
    @Path("refresh")
    @Public
    public Response refresh(Refresh body) {
        return noStore(TokenResponse.of(auth.refresh(body == null ? null : body.refreshToken())));
    }

    /** Always 204: an unknown or already revoked token is as logged out as it gets. */
    @POST
    @Path("logout")
    @Public
    public Response logout(Refresh body) {
        auth.logout(body == null ? null : body.refreshToken());
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @RequiresRole(Role.KADER)
    public User me(@Context SecurityContext sc) {
        Caller caller = Callers.caller(sc);
        return users.find(caller, caller.userId()).orElseThrow();
    }

    /** Changes one's own password; every session of the user ends (log in again with the new one). */
    @POST
    @Path("password")
    @RequiresRole(Role.KADER)
    public Response changePassword(PasswordChange body, @Context SecurityContext sc) {
        users.changeOwnPassword(Callers.caller(sc), body == null ? null : body.currentPassword(),
                body == null ? null : body.newPassword());
        return Response.noContent().build();
    }

    /** Token answers must never sit in a cache (RFC 6749 §5.1). */
    private static Response noStore(Object entity) {
        return Response.ok(entity).header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }
}
