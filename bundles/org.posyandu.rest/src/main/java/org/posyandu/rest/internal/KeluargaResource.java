package org.posyandu.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.posyandu.api.error.NotFoundException;
import org.posyandu.api.security.Audited;
import org.posyandu.api.security.RequiresRole;
import org.posyandu.api.security.Role;
import org.posyandu.api.warga.Keluarga;
import org.posyandu.api.warga.WargaService;
import org.posyandu.rest.internal.security.Callers;

/** Households: {@code /keluarga/{noKk}}, the residents of one family card inside the caller's scope. */
@Component(service = KeluargaResource.class)
@JaxrsResource
@JaxrsName(KeluargaResource.NAME)
@JSONRequired
@Path("keluarga")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.KADER)
public final class KeluargaResource {
    static final String NAME = "posyandu.keluarga";
    private final WargaService warga;

    @Activate
    public KeluargaResource(@Reference WargaService warga) {
        this.warga = warga;
    }

    @GET
    @Path("{noKk}")
    @Audited(value = "warga", action = "READ")
    public Keluarga get(@PathParam("noKk") String noKk, @Context SecurityContext sc) {
        Keluarga k = warga.keluarga(Callers.scope(sc), noKk)
                .orElseThrow(() -> new NotFoundException("Keluarga", "Household", noKk));
        // an access to every member; the No KK itself stays out of the audit line
        Callers.principal(sc).about(k.kepalaKeluargaId(), null, k.anggota().size() + " anggota keluarga");
        return k;
    }
}
