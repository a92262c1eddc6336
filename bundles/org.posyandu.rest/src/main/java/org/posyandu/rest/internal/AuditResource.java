package org.posyandu.rest.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
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
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.AuditQuery;
import org.posyandu.api.security.AuditService;
import org.posyandu.api.security.RequiresRole;
import org.posyandu.api.security.Role;
import org.posyandu.rest.internal.security.Callers;

/** The audit trail for admins, inside their own wilayah: {@code GET /audit}, newest first. */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsName(AuditResource.NAME)
@JSONRequired
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {
    static final String NAME = "posyandu.audit";
    private final AuditService audit;

    @Activate
    public AuditResource(@Reference AuditService audit) {
        this.audit = audit;
    }

    /** Filters: {@code username, action, objectType, objectId, from, to} (ISO instants), {@code offset, limit}. */
    @GET
    @RequiresRole(Role.ADMIN_DESA)
    public List<AuditEntry> list(@QueryParam("username") String username, @QueryParam("action") String action,
            @QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit, @Context SecurityContext sc) {
        return audit.list(Callers.scope(sc), new AuditQuery(Params.blank(username), Params.blank(action),
                Params.blank(objectType), Params.blank(objectId), instant("from", from), instant("to", to),
                Params.intParam("offset", offset, 0, 0, Integer.MAX_VALUE), Params.intParam("limit", limit, 100, 1, 1000)));
    }

    private static Instant instant(String name, String value) {
        if (Params.blank(value) == null) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(new FieldError(name, "format",
                    "Waktu dalam format ISO-8601, mis. 2026-11-23T00:00:00Z.",
                    "A time in ISO-8601 form, e.g. 2026-11-23T00:00:00Z."));
        }
    }
}
