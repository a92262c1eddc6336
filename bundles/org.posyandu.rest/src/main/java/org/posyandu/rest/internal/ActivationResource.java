package org.posyandu.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
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
import org.posyandu.api.security.RequiresRole;
import org.posyandu.api.security.Role;
import org.posyandu.api.spm.Activation;
import org.posyandu.api.spm.ActivationService;
import org.posyandu.rest.internal.security.Callers;

/** Per-kabupaten activation of modules and menus: {@code /kabupaten/{kode}/modules}. */
@Component(service = ActivationResource.class)
@JaxrsResource
@JaxrsName(ActivationResource.NAME)
@JSONRequired
@Path("kabupaten/{kode}/modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ActivationResource {
    static final String NAME = "posyandu.activation";
    private final ActivationService activation;

    @Activate
    public ActivationResource(@Reference ActivationService activation) {
        this.activation = activation;
    }

    /** What a PUT carries: {@code {"enabled": true, "menus": ["..."]}} (no menus = all). */
    public record ActivationInput(Boolean enabled, List<String> menus) {
    }

    @GET
    @RequiresRole(Role.ADMIN_DESA)
    public List<Activation> activations(@PathParam("kode") String kode, @Context SecurityContext sc) {
        return activation.forKabupaten(Callers.caller(sc), kode);
    }

    @PUT
    @Path("{moduleId}")
    @RequiresRole(Role.ADMIN_KABUPATEN)
    public Activation activate(@PathParam("kode") String kode, @PathParam("moduleId") String moduleId,
            ActivationInput input, @Context SecurityContext sc) {
        if (input == null || input.enabled() == null) {
            throw ValidationException.of(new FieldError("enabled", "required", "Wajib diisi: true atau false.",
                    "Required: true or false."));
        }
        return activation.set(Callers.caller(sc), kode, moduleId, input.enabled(), input.menus());
    }

    @GET
    @Path("{moduleId}/riwayat")
    @RequiresRole(Role.ADMIN_DESA)
    public List<Activation> history(@PathParam("kode") String kode, @PathParam("moduleId") String moduleId,
            @Context SecurityContext sc) {
        return activation.history(Callers.caller(sc), kode, moduleId);
    }
}
