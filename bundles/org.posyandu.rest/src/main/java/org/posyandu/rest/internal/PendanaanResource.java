package org.posyandu.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.posyandu.api.pendanaan.Pendanaan;
import org.posyandu.api.pendanaan.PendanaanInput;
import org.posyandu.api.pendanaan.PendanaanService;
import org.posyandu.api.security.RequiresRole;
import org.posyandu.api.security.Role;
import org.posyandu.rest.internal.security.Callers;

/** Funding records of one Posyandu: {@code /posyandu/{posyanduId}/pendanaan}. */
@Component(service = PendanaanResource.class)
@JaxrsResource
@JaxrsName(PendanaanResource.NAME)
@JSONRequired
@Path("posyandu/{posyanduId}/pendanaan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PendanaanResource {
    static final String NAME = "posyandu.pendanaan";
    private final PendanaanService pendanaan;

    @Activate
    public PendanaanResource(@Reference PendanaanService pendanaan) {
        this.pendanaan = pendanaan;
    }

    @POST
    @RequiresRole(Role.ADMIN_DESA)
    public Response add(@PathParam("posyanduId") String posyanduId, PendanaanInput input,
            @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED).entity(pendanaan.add(Callers.caller(sc), posyanduId, input))
                .build();
    }

    @GET
    @RequiresRole(Role.KADER)
    public List<Pendanaan> list(@PathParam("posyanduId") String posyanduId, @QueryParam("tahun") String tahun,
            @Context SecurityContext sc) {
        Integer year = tahun == null || tahun.isBlank() ? null : Params.intParam("tahun", tahun, 0, 2000, 2100);
        return pendanaan.list(Callers.scope(sc), posyanduId, year);
    }

    @DELETE
    @Path("{id}")
    @RequiresRole(Role.ADMIN_DESA)
    public Response delete(@PathParam("posyanduId") String posyanduId, @PathParam("id") String id,
            @Context SecurityContext sc) {
        pendanaan.delete(Callers.caller(sc), posyanduId, id);
        return Response.noContent().build();
    }
}
