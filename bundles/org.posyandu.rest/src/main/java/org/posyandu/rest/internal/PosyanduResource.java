package org.posyandu.rest.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.PosyanduInput;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.security.RequiresRole;
import org.posyandu.api.security.Role;
import org.posyandu.rest.internal.security.Callers;

@Component(service = PosyanduResource.class)
@JaxrsResource
@JaxrsName(PosyanduResource.NAME)
@JSONRequired
@Path("posyandu")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PosyanduResource {
    static final String NAME = "posyandu.posyandu";
    private final PosyanduService posyandu;

    @Activate
    public PosyanduResource(@Reference PosyanduService posyandu) {
        this.posyandu = posyandu;
    }

    @POST
    @RequiresRole(Role.ADMIN_DESA)
    public Response create(PosyanduInput input, @Context UriInfo uri, @Context SecurityContext sc) {
        Posyandu created = posyandu.create(Callers.caller(sc), input);
        return Response.created(location(uri, created.id())).entity(created).build();
    }

    /** {@code ?wilayah=16.71} (any level), {@code ?aktif=true|false}, {@code ?offset=&limit=} (max 500). */
    @GET
    @RequiresRole(Role.KADER)
    public List<Posyandu> list(@QueryParam("wilayah") String wilayah, @QueryParam("aktif") String aktif,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit, @Context SecurityContext sc) {
        return posyandu.list(Callers.scope(sc), Params.wilayahParam("wilayah", wilayah), Params.booleanParam("aktif", aktif),
                Params.intParam("offset", offset, 0, 0, Integer.MAX_VALUE), Params.intParam("limit", limit, 100, 1, 500));
    }

    @GET
    @Path("{id}")
    @RequiresRole(Role.KADER)
    public Posyandu get(@PathParam("id") String id, @Context SecurityContext sc) {
        return posyandu.find(Callers.scope(sc), id).orElseThrow(() -> new NotFoundException("Posyandu", "Posyandu", id));
    }

    @PUT
    @Path("{id}")
    @RequiresRole(Role.ADMIN_DESA)
    public Posyandu update(@PathParam("id") String id, PosyanduInput input, @Context SecurityContext sc) {
        return posyandu.update(Callers.caller(sc), id, input);
    }

    /** The created record's address: the request's path and the new id (a UUID: nothing to encode or expand). */
    static URI location(UriInfo uri, String id) {
        String path = uri.getAbsolutePath().toString();
        return URI.create(path.endsWith("/") ? path + id : path + "/" + id);
    }
}
