package org.posyandu.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.posyandu.api.security.Public;
import org.posyandu.rest.internal.gate.PlatformHealth;
import org.posyandu.rest.internal.gate.StartupGate;

/**
 * {@code GET /api/v1/health}: public, UP only when every registered health check is UP (and the database and API
 * checks are there). While the platform starts, the {@link StartupGate} answers this path with the same document.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsName(HealthResource.NAME)
@JSONRequired
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@Public
public final class HealthResource {
    static final String NAME = "posyandu.health";
    private final PlatformHealth health;

    @Activate
    public HealthResource(@Reference PlatformHealth health) {
        this.health = health;
    }

    @GET
    public Response health() {
        PlatformHealth.Report report = health.report();
        Response.ResponseBuilder answer = Response.status(report.up() ? 200 : 503).entity(report.body());
        report.headers().forEach(answer::header); // DOWN carries Retry-After, as the gate's answer does
        return answer.build();
    }
}
