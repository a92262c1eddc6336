package org.posyandu.rest.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ValidationException;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.RequiresRole;
import org.posyandu.api.security.Role;
import org.posyandu.api.spm.PeriodeEvent;
import org.posyandu.api.spm.PeriodeService;
import org.posyandu.api.spm.PeriodeState;
import org.posyandu.rest.internal.security.Callers;

/**
 * One Posyandu's month on its way up: {@code /posyandu/{posyanduId}/periode/{YYYY-MM}} (its state, for the kader
 * too), {@code .../riwayat} (its history), and the steps {@code verifikasi}, {@code kembalikan} (desa admin),
 * {@code kunci}, {@code buka} (kabupaten admin). A step answers the month's state after it.
 */
@Component(service = PeriodeResource.class)
@JaxrsResource
@JaxrsName(PeriodeResource.NAME)
@JSONRequired
@Path("posyandu/{posyanduId}/periode/{periode}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PeriodeResource {
    static final String NAME = "posyandu.periode";
    private final PeriodeService periode;

    @Activate
    public PeriodeResource(@Reference PeriodeService periode) {
        this.periode = periode;
    }

    /** What a step carries: {@code {"alasan": "..."}} (required to send back and to reopen). */
    public record AlasanInput(String alasan) {
    }

    @GET
    @RequiresRole(Role.KADER)
    public PeriodeState state(@PathParam("posyanduId") String posyanduId, @PathParam("periode") String bulan,
            @Context SecurityContext sc) {
        return periode.state(Callers.caller(sc), posyanduId, month(bulan));
    }

    @GET
    @Path("riwayat")
    @RequiresRole(Role.KADER)
    public List<PeriodeEvent> history(@PathParam("posyanduId") String posyanduId, @PathParam("periode") String bulan,
            @Context SecurityContext sc) {
        return periode.history(Callers.caller(sc), posyanduId, month(bulan));
    }

    /** The steps on a month by their path segment, each the service call it is (verifikasi carries no reason). */
    private enum Langkah {
        VERIFIKASI((service, caller, posyanduId, bulan, alasan) -> service.verify(caller, posyanduId, bulan)),
        KEMBALIKAN(PeriodeService::sendBack),
        KUNCI(PeriodeService::lock),
        BUKA(PeriodeService::reopen);

        private final Call call;

        Langkah(Call call) {
            this.call = call;
        }
    }

    @FunctionalInterface
    private interface Call {
        PeriodeState on(PeriodeService service, Caller caller, String posyanduId, YearMonth bulan, String alasan);
    }

    /**
     * {@code verifikasi}: the desa admin's step without a body (its own method: a body parameter would make a request
     * without Content-Type a 415).
     */
    @POST
    @Path("verifikasi")
    @RequiresRole(Role.ADMIN_DESA)
    public PeriodeState verify(@PathParam("posyanduId") String posyanduId, @PathParam("periode") String bulan,
            @Context SecurityContext sc) {
        return step(Langkah.VERIFIKASI, posyanduId, bulan, null, sc);
    }

    /** {@code kembalikan}: the desa admin's step with a reason. */
    @POST
    @Path("kembalikan")
    @RequiresRole(Role.ADMIN_DESA)
    public PeriodeState sendBack(@PathParam("posyanduId") String posyanduId, @PathParam("periode") String bulan,
            AlasanInput input, @Context SecurityContext sc) {
        return step(Langkah.KEMBALIKAN, posyanduId, bulan, input, sc);
    }

    /** {@code kunci} and {@code buka}: the kabupaten admin's steps. */
    @POST
    @Path("{langkah: kunci|buka}")
    @RequiresRole(Role.ADMIN_KABUPATEN)
    public PeriodeState kabupatenStep(@PathParam("posyanduId") String posyanduId, @PathParam("periode") String bulan,
            @PathParam("langkah") String langkah, AlasanInput input, @Context SecurityContext sc) {
        return step(Langkah.valueOf(langkah.toUpperCase(Locale.ROOT)), posyanduId, bulan, input, sc);
    }

    /** Every step one way: the caller, the month checked, the reason read, the month's state after it. */
    private PeriodeState step(Langkah langkah, String posyanduId, String bulan, AlasanInput input,
            SecurityContext sc) {
        return langkah.call.on(periode, Callers.caller(sc), posyanduId, month(bulan), alasan(input));
    }

    static String alasan(AlasanInput input) {
        return input == null ? null : input.alasan();
    }

    /** {@code YYYY-MM}, else a 422 naming {@code periode}. */
    static YearMonth month(String text) {
        if (text == null || !text.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw ValidationException.of(new FieldError("periode", "format", "Periode dalam format YYYY-MM.",
                    "Period as YYYY-MM."));
        }
        return YearMonth.parse(text);
    }
}
