package org.posyandu.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.posyandu.api.security.Public;
import org.posyandu.rest.internal.gate.StartupGate;
import org.posyandu.rest.internal.openapi.OpenApiDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/openapi.json}: the API described as OpenAPI 3.0, generated on each call from the resources the
 * JAX-RS whiteboard serves right now (their classes' annotations and access declarations), so it cannot drift
 * from the code. Public, like the health document: it holds no data, only what the endpoints are.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsName(OpenApiResource.NAME)
@JSONRequired
@Path("openapi.json")
@Produces(MediaType.APPLICATION_JSON)
@Public
public final class OpenApiResource {
    static final String NAME = "posyandu.openapi";
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);
    private final BundleContext context;
    private final JaxrsServiceRuntime runtime;

    @Activate
    public OpenApiResource(BundleContext context, @Reference JaxrsServiceRuntime runtime) {
        this.context = context;
        this.runtime = runtime;
    }

    @GET
    public Map<String, Object> document() {
        return OpenApiDocument.of(servedResourceClasses(), StartupGate.API_BASE,
                context.getBundle().getVersion().toString());
    }

    /** The classes of the resource services the default application serves (not those that failed). */
    private List<Class<?>> servedResourceClasses() {
        RuntimeDTO dto = runtime.getRuntimeDTO();
        Set<Long> served = dto.defaultApplication == null || dto.defaultApplication.resourceDTOs == null ? Set.of()
                : Arrays.stream(dto.defaultApplication.resourceDTOs).map(r -> r.serviceId).collect(Collectors.toSet());
        ServiceReference<?>[] refs;
        try {
            refs = context.getAllServiceReferences(null, "(" + JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true)");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
            Long id = (Long) ref.getProperty("service.id");
            String[] names = (String[]) ref.getProperty("objectClass");
            if (!served.contains(id) || ref.getBundle() == null || names == null || names.length == 0) {
                continue;
            }
            try {
                classes.add(ref.getBundle().loadClass(names[0]));
            } catch (ClassNotFoundException | IllegalStateException e) {
                LOG.warn("resource service {} ({}) left out of the OpenAPI document: {}", id, names[0], e.toString());
            }
        }
        return classes;
    }
}
