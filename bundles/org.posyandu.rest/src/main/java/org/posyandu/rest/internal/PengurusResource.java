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
import javax.ws.rs.core.SecurityContext;
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
import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.security.Audited;
import org.posyandu.api.security.RequiresRole;
import org.posyandu.api.security.Role;
import org.posyandu.rest.internal.security.CallerPrincipal;
import org.posyandu.rest.internal.security.Callers;

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
    private final PosyanduService posyandu;

    @Activate
    public PengurusResource(@Reference PengurusService pengurus, @Reference PosyanduService posyandu) {
        this.pengurus = pengurus;
        this.posyandu = posyandu;
    }

    /** Tells the audit trail which record and which desa (the Posyandu's) a request touched. */
    private void note(SecurityContext sc, String posyanduId, String id, String detail) {
        CallerPrincipal p = Callers.principal(sc);
        p.about(id, posyandu.find(p.caller().scope(), posyanduId).map(Posyandu::desaKode).orElse(null), detail);
    }

    @POST
    @RequiresRole(Role.ADMIN_DESA)
    @Audited("pengurus")
    public Response add(@PathParam("posyanduId") String posyanduId, PengurusInput input, @Context UriInfo uri,
            @Context SecurityContext sc) {
        Pengurus added = pengurus.add(Callers.caller(sc), posyanduId, input);
        return Response.created(PosyanduResource.location(uri, added.id())).entity(added).build();
    }

    /** Active roster; {@code ?semua=true} includes people who have left their role. */
    @GET
    @RequiresRole(Role.KADER)
    @Audited("pengurus")
    public List<Pengurus> list(@PathParam("posyanduId") String posyanduId, @QueryParam("semua") String all,
            @Context SecurityContext sc) {
        List<Pengurus> found = pengurus.list(Callers.scope(sc), posyanduId,
                Boolean.TRUE.equals(Params.booleanParam("semua", all)));
        note(sc, posyanduId, null, "posyandu " + posyanduId + ", " + found.size() + " rows");
        return found;
    }

    @GET
    @Path("{id}")
    @RequiresRole(Role.KADER)
    @Audited("pengurus")
    public Pengurus get(@PathParam("posyanduId") String posyanduId, @PathParam("id") String id,
            @Context SecurityContext sc) {
        Pengurus found = pengurus.find(Callers.scope(sc), posyanduId, id)
                .orElseThrow(() -> new NotFoundException("Pengurus/kader", "Board member/kader", id));
        note(sc, posyanduId, id, null);
        return found;
    }

    @PUT
    @Path("{id}")
    @RequiresRole(Role.ADMIN_DESA)
    @Audited("pengurus")
    public Pengurus update(@PathParam("posyanduId") String posyanduId, @PathParam("id") String id,
            PengurusInput input, @Context SecurityContext sc) {
        return pengurus.update(Callers.caller(sc), posyanduId, id, input);
    }

    @POST
    @Path("{id}/pelatihan")
    @RequiresRole(Role.ADMIN_DESA)
    public Response addPelatihan(@PathParam("posyanduId") String posyanduId, @PathParam("id") String id,
            PelatihanInput input, @Context SecurityContext sc) {
        Pelatihan added = pengurus.addPelatihan(Callers.caller(sc), posyanduId, id, input);
        return Response.status(Response.Status.CREATED).entity(added).build();
    }
}
