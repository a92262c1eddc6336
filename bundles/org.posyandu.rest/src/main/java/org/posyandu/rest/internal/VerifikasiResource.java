package org.posyandu.rest.internal;

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
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ValidationException;
import org.posyandu.api.security.RequiresRole;
import org.posyandu.api.security.Role;
import org.posyandu.api.spm.PeriodeBatas;
import org.posyandu.api.spm.PeriodeService;
import org.posyandu.api.spm.VerificationQueue;
import org.posyandu.rest.internal.security.Callers;

/**
 * The admins' side of verification: {@code GET /periode/{YYYY-MM}?wilayah=} (the queue of an area),
 * {@code POST /periode/{YYYY-MM}/kunci} (lock a whole kabupaten), {@code GET|PUT /periode/batas/{kabupaten}}
 * (its deadline rule).
 */
@Component(service = VerifikasiResource.class)
@JaxrsResource
@JaxrsName(VerifikasiResource.NAME)
@JSONRequired
@Path("periode")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class VerifikasiResource {
    static final String NAME = "posyandu.verifikasi";
    private final PeriodeService periode;

    @Activate
    public VerifikasiResource(@Reference PeriodeService periode) {
        this.periode = periode;
    }

    /** {@code {"kabupaten": "16.71", "alasan": "..."}} */
    public record KunciInput(String kabupaten, String alasan) {
    }

    /** {@code {"hari": 5, "kunciOtomatis": false}}; either may be left out to keep it. */
    public record BatasInput(Integer hari, Boolean kunciOtomatis) {
    }

    @GET
    @Path("{periode}")
    @RequiresRole(Role.ADMIN_DESA)
    public VerificationQueue queue(@PathParam("periode") String bulan, @QueryParam("wilayah") String wilayah,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit, @Context SecurityContext sc) {
        return periode.queue(Callers.caller(sc), Params.wilayahParam("wilayah", wilayah), PeriodeResource.month(bulan),
                Params.intParam("offset", offset, 0, 0, 1_000_000), Params.intParam("limit", limit, 100, 1, 500));
    }

    @POST
    @Path("{periode}/kunci")
    @RequiresRole(Role.ADMIN_KABUPATEN)
    public VerificationQueue lock(@PathParam("periode") String bulan, KunciInput input, @Context SecurityContext sc) {
        if (input == null || input.kabupaten() == null) {
            throw ValidationException.of(new FieldError("kabupaten", "required", "Sebutkan kode kabupaten/kota.",
                    "Name the kabupaten/city code."));
        }
        return periode.lockKabupaten(Callers.caller(sc), input.kabupaten(), PeriodeResource.month(bulan), input.alasan());
    }

    @GET
    @Path("batas/{kabupaten}")
    @RequiresRole(Role.ADMIN_DESA)
    public PeriodeBatas batas(@PathParam("kabupaten") String kode, @Context SecurityContext sc) {
        return periode.batas(Callers.caller(sc), kode);
    }

    @PUT
    @Path("batas/{kabupaten}")
    @RequiresRole(Role.ADMIN_KABUPATEN)
    public PeriodeBatas setBatas(@PathParam("kabupaten") String kode, BatasInput input, @Context SecurityContext sc) {
        if (input == null) {
            throw ValidationException.of(new FieldError("hari", "required", "Isi hari dan/atau kunciOtomatis.",
                    "Give hari and/or kunciOtomatis."));
        }
        return periode.setBatas(Callers.caller(sc), kode, input.hari(), input.kunciOtomatis());
    }
}
