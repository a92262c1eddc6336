package org.posyandu.rest.internal;

import java.time.Instant;
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
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.AuditQuery;
import org.posyandu.api.security.AuditService;
import org.posyandu.api.security.Audited;
import org.posyandu.api.security.RequiresRole;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.Scope;
import org.posyandu.api.warga.KelompokSasaran;
import org.posyandu.api.warga.Warga;
import org.posyandu.api.warga.WargaInput;
import org.posyandu.api.warga.WargaQuery;
import org.posyandu.api.warga.WargaService;
import org.posyandu.rest.internal.security.Callers;

/**
 * Residents (warga/sasaran): {@code /warga}. Search before create with {@code ?nik=}. Personal data: every call
 * is audited; a kader works on the residents of its own Posyandu, an admin on those inside its wilayah.
 */
@Component(service = WargaResource.class)
@JaxrsResource
@JaxrsName(WargaResource.NAME)
@JSONRequired
@Path("warga")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresRole(Role.KADER)
public final class WargaResource {
    static final String NAME = "posyandu.warga";
    private static final int MAX_ACCESS_LINES = 10_000;
    private final WargaService warga;
    private final AuditService audit;

    @Activate
    public WargaResource(@Reference WargaService warga, @Reference AuditService audit) {
        this.warga = warga;
        this.audit = audit;
    }

    /**
     * Everything held on one person, for the data subject's right of access (UU 27/2022 Pasal 32): the record,
     * the mother's and children's records linked to it, and every recorded access to it.
     */
    public record WargaExport(Instant dibuatPada, String dasarHukum, Warga warga, Warga ibu, List<Warga> anak,
            List<AuditEntry> riwayatAkses) {
    }

    @POST
    @Audited("warga")
    public Response create(WargaInput input, @Context UriInfo uri, @Context SecurityContext sc) {
        Warga created = warga.create(Callers.caller(sc), input);
        return Response.created(PosyanduResource.location(uri, created.id())).entity(created).build();
    }

    @GET
    @Audited("warga")
    public List<Warga> list(@QueryParam("posyanduId") String posyanduId, @QueryParam("wilayah") String wilayah,
            @QueryParam("nik") String nik, @QueryParam("nama") String nama, @QueryParam("kelompok") String kelompok,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit, @QueryParam("noKk") String noKk,
            @QueryParam("ibuId") String ibuId, @QueryParam("semua") String semua, @Context SecurityContext sc) {
        WargaQuery query = new WargaQuery(Params.blank(posyanduId), Params.wilayahParam("wilayah", wilayah),
                Params.blank(nik), Params.blank(nama),
                Params.choiceParam("kelompok", kelompok, KelompokSasaran.values(), KelompokSasaran::jsonName),
                Params.intParam("offset", offset, 0, 0, Integer.MAX_VALUE),
                Params.intParam("limit", limit, 100, 1, 500), Params.noKkParam("noKk", noKk),
                Params.idParam("ibuId", ibuId), Boolean.TRUE.equals(Params.booleanParam("semua", semua)));
        List<Warga> found = warga.list(Callers.scope(sc), query);
        // the search itself is recorded (a NIK look-up is an access to that person), never the NIK in clear
        Callers.principal(sc).about(found.size() == 1 ? found.get(0).id() : null, query.wilayah(),
                found.size() + " rows" + (query.nik() != null ? ", by NIK" : "")
                        + (query.posyanduId() != null ? ", posyandu " + query.posyanduId() : ""));
        return found;
    }

    @GET
    @Path("{id}")
    @Audited("warga")
    public Warga get(@PathParam("id") String id, @Context SecurityContext sc) {
        Warga found = warga.find(Callers.scope(sc), id).orElseThrow(() -> new NotFoundException("Warga", "Resident", id));
        Callers.principal(sc).about(id, found.desaKode(), null);
        return found;
    }

    @PUT
    @Path("{id}")
    @Audited("warga")
    public Warga update(@PathParam("id") String id, WargaInput input, @Context SecurityContext sc) {
        return warga.update(Callers.caller(sc), id, input);
    }

    @GET
    @Path("{id}/export")
    @RequiresRole(Role.ADMIN_DESA)
    @Audited(value = "warga", action = "EXPORT")
    public WargaExport export(@PathParam("id") String id, @Context SecurityContext sc) {
        Scope scope = Callers.scope(sc);
        Warga person = warga.find(scope, id).orElseThrow(() -> new NotFoundException("Warga", "Resident", id));
        Callers.principal(sc).about(id, person.desaKode(), null);
        Warga ibu = person.ibuId() == null ? null : warga.find(scope, person.ibuId()).orElse(null);
        // who accessed this person is the subject's to know, whoever and wherever they were
        List<AuditEntry> access = audit.list(Scope.all(),
                new AuditQuery(null, null, "warga", id, null, null, 0, MAX_ACCESS_LINES));
        return new WargaExport(Instant.now(), "UU 27/2022 Pasal 32", person, ibu, warga.anak(scope, id), access);
    }
}
