package org.posyandu.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.posyandu.api.error.NotFoundException;
import org.posyandu.api.security.RequiresRole;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.User;
import org.posyandu.api.security.UserInput;
import org.posyandu.api.security.UserService;
import org.posyandu.rest.internal.security.Callers;

/** User management for admins, each inside its own scope and only for lower roles: {@code /users}. */
@Component(service = UserResource.class)
@JaxrsResource
@JaxrsName(UserResource.NAME)
@JSONRequired
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresRole(Role.ADMIN_DESA)
public final class UserResource {
    static final String NAME = "posyandu.users";
    private final UserService users;

    @Activate
    public UserResource(@Reference UserService users) {
        this.users = users;
    }

    public record PasswordReset(String password) {
    }

    @POST
    public Response create(UserInput input, @Context SecurityContext sc, @Context UriInfo uri) {
        User created = users.create(Callers.caller(sc), input);
        return Response.created(PosyanduResource.location(uri, created.id())).entity(created).build();
    }

    /** Users of lower rank inside the caller's scope; {@code ?role=KADER} narrows. */
    @GET
    public List<User> list(@QueryParam("role") String role, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit, @Context SecurityContext sc) {
        return users.list(Callers.caller(sc), Params.choiceParam("role", role, Role.values(), Role::name),
                Params.intParam("offset", offset, 0, 0, Integer.MAX_VALUE), Params.intParam("limit", limit, 100, 1, 500));
    }

    @GET
    @Path("{id}")
    public User get(@PathParam("id") String id, @Context SecurityContext sc) {
        return users.find(Callers.caller(sc), id).orElseThrow(() -> new NotFoundException("Pengguna", "User", id));
    }

    /** Disables the user at once: refresh tokens revoked, access tokens refused from the next request. */
    @POST
    @Path("{id}/disable")
    public User disable(@PathParam("id") String id, @Context SecurityContext sc) {
        return users.setActive(Callers.caller(sc), id, false);
    }

    @POST
    @Path("{id}/enable")
    public User enable(@PathParam("id") String id, @Context SecurityContext sc) {
        return users.setActive(Callers.caller(sc), id, true);
    }

    /** Sets a new password for a user who forgot theirs; their sessions end. */
    @POST
    @Path("{id}/password")
    public Response resetPassword(@PathParam("id") String id, PasswordReset body, @Context SecurityContext sc) {
        users.resetPassword(Callers.caller(sc), id, body == null ? null : body.password());
        return Response.noContent().build();
    }
}
