package org.posyandu.rest.internal;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.framework.BundleContext;
import org.posyandu.api.security.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.posyandu.api.health.HealthCheck;
import org.posyandu.api.health.HealthStatus;

/** {@code GET /api/v1/health}: public, UP only when every registered {@link HealthCheck} is UP. */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsName(HealthResource.NAME)
@JSONRequired
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@Public
public final class HealthResource {
    static final String NAME = "posyandu.health";
    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();
    private final String version;

    @Activate
    public HealthResource(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(HealthCheck check) {
        checks.add(check);
    }

    void removeCheck(HealthCheck check) {
        checks.remove(check);
    }

    @GET
    public Response health() {
        Map<String, Object> results = new LinkedHashMap<>();
        boolean up = !checks.isEmpty();
        for (HealthCheck check : checks) {
            HealthStatus status;
            try {
                status = check.check();
            } catch (RuntimeException e) {
                status = HealthStatus.down(e.getClass().getSimpleName());
            }
            up &= status.up();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("status", status.up() ? "UP" : "DOWN");
            entry.putAll(status.details());
            results.put(check.name(), entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("version", version);
        body.put("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
        body.put("checks", results);
        return Response.status(up ? 200 : 503).entity(body).build();
    }
}
