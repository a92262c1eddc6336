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
import org.posyandu.api.warga.KelompokSasaran;
import org.posyandu.api.warga.Warga;
import org.posyandu.api.warga.WargaInput;
import org.posyandu.api.warga.WargaQuery;
import org.posyandu.api.warga.WargaService;

/** Residents (warga/sasaran): {@code /warga}. Search before create with {@code ?nik=}. */
@Component(service = WargaResource.class)
@JaxrsResource
@JaxrsName(WargaResource.NAME)
@JSONRequired
@Path("warga")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class WargaResource {
    static final String NAME = "posyandu.warga";
    private final WargaService warga;

    @Activate
    public WargaResource(@Reference WargaService warga) {
        this.warga = warga;
    }

    @POST
    public Response create(WargaInput input, @Context UriInfo uri) {
        Warga created = warga.create(input);
        return Response.created(PosyanduResource.location(uri, created.id())).entity(created).build();
    }

    @GET
    public List<Warga> list(@QueryParam("posyanduId") String posyanduId, @QueryParam("wilayah") String wilayah,
            @QueryParam("nik") String nik, @QueryParam("nama") String nama, @QueryParam("kelompok") String kelompok,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return warga.list(new WargaQuery(blankToNull(posyanduId), Params.wilayahParam("wilayah", wilayah),
                blankToNull(nik), blankToNull(nama),
                Params.choiceParam("kelompok", kelompok, KelompokSasaran.values(), KelompokSasaran::jsonName),
                Params.intParam("offset", offset, 0, 0, Integer.MAX_VALUE),
                Params.intParam("limit", limit, 100, 1, 500)));
    }

    @GET
    @Path("{id}")
    public Warga get(@PathParam("id") String id) {
        return warga.find(id).orElseThrow(() -> new NotFoundException("Warga", "Resident", id));
    }

    @PUT
    @Path("{id}")
    public Warga update(@PathParam("id") String id, WargaInput input) {
        return warga.update(id, input);
    }


    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
