package org.posyandu.rest.internal.cxf;

import java.io.InputStream;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.feature.Feature;
import org.apache.cxf.interceptor.InterceptorProvider;
import org.apache.cxf.resource.ResourceManager;
import org.apache.cxf.resource.ResourceResolver;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Spares every request an exception inside CXF. For each request CXF's servlet asks its bus for a class loader to
 * run the request under; the Aries whiteboard's bus has none, so CXF asks the bus's resource manager for the
 * resource {@code ""} as a {@code ClassLoader}, and the OSGi framework answers that failed resource look-up by
 * creating (and CXF by swallowing) a {@code ResourceNotFoundException} with its stack trace: one per request
 * (docs/benchmarks.md, the baseline ratio). This resolver, first in the bus's list, answers that one question with
 * the request thread's own context class loader, so CXF switches to the loader the thread already has: nothing
 * changes but the exception that is no longer made.
 */
@Component(service = Feature.class)
@JaxrsExtension
@JaxrsName("posyandu.cxf.loader")
public final class CxfLoaderFeature implements Feature {
    private final ResourceResolver threadLoader = new ThreadLoader();

    @Override
    public void initialize(Server server, Bus bus) {
        initialize(bus);
    }

    @Override
    public void initialize(Client client, Bus bus) {
        // a server-side feature
    }

    @Override
    public void initialize(InterceptorProvider interceptorProvider, Bus bus) {
        initialize(bus);
    }

    @Override
    public void initialize(Bus bus) {
        ResourceManager resources = bus.getExtension(ResourceManager.class);
        if (resources != null) {
            resources.addResourceResolver(threadLoader); // once: the manager ignores a resolver it already has
        }
    }

    /** Answers only CXF's per-request question for the class loader (the resource {@code ""}). */
    static final class ThreadLoader implements ResourceResolver {
        @Override
        public <T> T resolve(String resourceName, Class<T> resourceType) {
            if (resourceType != ClassLoader.class || !"".equals(resourceName)) {
                return null;
            }
            return resourceType.cast(Thread.currentThread().getContextClassLoader());
        }

        @Override
        public InputStream getAsStream(String name) {
            return null;
        }
    }
}
