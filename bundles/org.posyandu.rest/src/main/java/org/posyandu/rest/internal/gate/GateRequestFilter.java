package org.posyandu.rest.internal.gate;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The gate once more, inside the JAX-RS application, before any resource is matched. The servlet filter is the
 * gate; this covers the moments it cannot: when the whiteboard's servlet context is taken down (at shutdown), Pax
 * Web removes the context's filters a few milliseconds before its servlet, and a request that gets to CXF then
 * would meet an application whose resources are already gone (a 404 "not found" problem a phone must not see).
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName("posyandu.gate")
@PreMatching
public final class GateRequestFilter implements ContainerRequestFilter {
    private final PlatformHealth health;

    @Activate
    public GateRequestFilter(@Reference PlatformHealth health) {
        this.health = health;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (health.ready()) {
            return;
        }
        GateAnswer answer;
        if (GateAnswer.HEALTH.equals("/" + request.getUriInfo().getPath(false))) {
            PlatformHealth.Report report = health.report();
            if (report.up()) {
                return;
            }
            answer = GateAnswer.health(report);
        } else {
            answer = GateAnswer.unavailable();
        }
        Response.ResponseBuilder r = Response.status(answer.status()).type(answer.mediaType()).entity(answer.body());
        answer.headers().forEach(r::header);
        request.abortWith(r.build());
    }
}
