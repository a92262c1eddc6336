package org.posyandu.rest.internal;

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
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.posyandu.api.error.NotFoundException;
import org.posyandu.api.kader.Pelatihan;
import org.posyandu.api.kader.PelatihanInput;
import org.posyandu.api.kader.Pengurus;
import org.posyandu.api.kader.PengurusInput;
import org.posyandu.api.kader.PengurusService;

/** Pengurus and kader of one Posyandu: {@code /posyandu/{posyanduId}/pengurus}. */
@Component(service = PengurusResource.class)
@JaxrsResource
@JaxrsName(PengurusResource.NAME)
@JSONRequired
@Path("posyandu/{posyanduId}/pengurus")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PengurusResource {
    static final String NAME = "posyandu.pengurus";
    private final PengurusService pengurus;

    @Activate
    public PengurusResource(@Reference PengurusService pengurus) {
        this.pengurus = pengurus;
    }

    @POST
    public Response add(@PathParam("posyanduId") String posyanduId, PengurusInput input, @Context UriInfo uri) {
        Pengurus added = pengurus.add(posyanduId, input);
        return Response.created(PosyanduResource.location(uri, added.id())).entity(added).build();
    }

    /** Active roster; {@code ?semua=true} includes people who have left their role. */
    @GET
    public List<Pengurus> list(@PathParam("posyanduId") String posyanduId, @QueryParam("semua") String all) {
        return pengurus.list(posyanduId, Boolean.TRUE.equals(Params.booleanParam("semua", all)));
    }

    @GET
    @Path("{id}")
    public Pengurus get(@PathParam("posyanduId") String posyanduId, @PathParam("id") String id) {
        return pengurus.find(posyanduId, id)
                .orElseThrow(() -> new NotFoundException("Pengurus/kader", "Board member/kader", id));
    }

    @PUT
    @Path("{id}")
    public Pengurus update(@PathParam("posyanduId") String posyanduId, @PathParam("id") String id,
            PengurusInput input) {
        return pengurus.update(posyanduId, id, input);
    }

    @POST
    @Path("{id}/pelatihan")
    public Response addPelatihan(@PathParam("posyanduId") String posyanduId, @PathParam("id") String id,
            PelatihanInput input) {
        Pelatihan added = pengurus.addPelatihan(posyanduId, id, input);
        return Response.status(Response.Status.CREATED).entity(added).build();
    }
}
