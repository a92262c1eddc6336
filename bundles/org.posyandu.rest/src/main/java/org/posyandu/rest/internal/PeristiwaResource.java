package org.posyandu.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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
import org.posyandu.api.security.Audited;
import org.posyandu.api.security.RequiresRole;
import org.posyandu.api.security.Role;
import org.posyandu.api.warga.Peristiwa;
import org.posyandu.api.warga.PeristiwaInput;
import org.posyandu.api.warga.PeristiwaService;
import org.posyandu.rest.internal.security.Callers;

/**
 * Life events of a resident: {@code /warga/{wargaId}/peristiwa}. Recorded by the kader of the resident's Posyandu
 * (or an admin of its area), voided with a reason, never deleted. A POST with an {@code Idempotency-Key} (the
 * phone's offline queue sends one) is recorded once: a retry answers the same 201 with {@code Idempotent-Replayed}.
 */
@Component(service = PeristiwaResource.class)
@JaxrsResource
@JaxrsName(PeristiwaResource.NAME)
@JSONRequired
@Path("warga/{wargaId}/peristiwa")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresRole(Role.KADER)
public final class PeristiwaResource {
    static final String NAME = "posyandu.peristiwa";
    private final PeristiwaService peristiwa;

    @Activate
    public PeristiwaResource(@Reference PeristiwaService peristiwa) {
        this.peristiwa = peristiwa;
    }

    /** The reason for voiding an event. */
    public record Pembatalan(String alasan) {
    }

    @GET
    @Audited("warga")
    public List<Peristiwa> list(@PathParam("wargaId") String wargaId, @Context SecurityContext sc) {
        List<Peristiwa> list = peristiwa.riwayat(Callers.scope(sc), wargaId);
        Callers.principal(sc).about(wargaId, null, list.size() + " peristiwa");
        return list;
    }

    @POST
    @Audited("warga")
    public Response record(@PathParam("wargaId") String wargaId, @HeaderParam("Idempotency-Key") String key,
            PeristiwaInput input, @Context UriInfo uri, @Context SecurityContext sc) {
        PeristiwaService.Recorded recorded = peristiwa.catat(Callers.caller(sc), wargaId, key, input);
        Peristiwa p = recorded.peristiwa();
        return Response.created(uri.getAbsolutePathBuilder().path(p.id()).build())
                .header("Idempotent-Replayed", Boolean.toString(!recorded.created())).entity(p).build();
    }

    @POST
    @Path("{id}/batal")
    @Audited(value = "warga", action = "UPDATE")
    public Peristiwa voidEvent(@PathParam("wargaId") String wargaId, @PathParam("id") String id, Pembatalan body,
            @Context SecurityContext sc) {
        return peristiwa.batalkan(Callers.caller(sc), wargaId, id, body == null ? null : body.alasan());
    }
}
