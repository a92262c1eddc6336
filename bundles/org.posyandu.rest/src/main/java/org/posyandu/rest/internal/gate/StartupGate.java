package org.posyandu.rest.internal.gate;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import javax.servlet.Filter;
import javax.servlet.Servlet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts the start-up gate in front of {@code /api/v1} through the OSGi HTTP whiteboard (Pax Web 8), in the two
 * servlet contexts an API request can land in while the platform starts:
 * <ol>
 * <li>Pax Web's root context ({@code default}, path {@code /}), a {@link GateServlet} at {@code /api/v1/*}: before
 * the Aries JAX-RS whiteboard has registered its context, Jetty routes API requests here, where nothing else
 * serves them (a Jetty HTML 404).</li>
 * <li>The context Aries registers for the default application ({@code context.for.default}, path {@code /api/v1},
 * where the CXF servlet sits), the {@link GateFilter} at {@code /*}: once it exists every API request lands here,
 * including while CXF has no endpoint yet ("No service was found", 404) or is rebuilding it as resources register
 * (a 500 HTML page naming a NullPointerException).</li>
 * </ol>
 * A JAX-RS filter could not do this: it only runs once the JAX-RS application is up. The component needs nothing
 * but {@link PlatformHealth}, so it starts with the REST bundle, before the whiteboard and the database.
 */
@Component(immediate = true)
public final class StartupGate {
    /** Where the JAX-RS whiteboard serves the application ({@code default.application.base}, feature posyandu-jaxrs). */
    public static final String API_BASE = "/api/v1";
    /** Properties of the OSGi HTTP Whiteboard specification (osgi.http.whiteboard 1.1). */
    static final String CONTEXT_SELECT = "osgi.http.whiteboard.context.select";
    static final String FILTER_PATTERN = "osgi.http.whiteboard.filter.pattern";
    static final String FILTER_NAME = "osgi.http.whiteboard.filter.name";
    static final String FILTER_ASYNC = "osgi.http.whiteboard.filter.asyncSupported";
    static final String SERVLET_PATTERN = "osgi.http.whiteboard.servlet.pattern";
    static final String SERVLET_NAME = "osgi.http.whiteboard.servlet.name";
    static final String SERVLET_ASYNC = "osgi.http.whiteboard.servlet.asyncSupported";
    /** Pax Web's root context ({@code /}) and the one the Aries whiteboard registers for its default application. */
    static final String ROOT_CONTEXT = "default";
    static final String ARIES_DEFAULT_CONTEXT = "context.for.default";

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Activate
    public StartupGate(BundleContext context, @Reference PlatformHealth health) {
        Hashtable<String, Object> servlet = select(ROOT_CONTEXT);
        servlet.put(SERVLET_PATTERN, new String[] { API_BASE, API_BASE + "/*" });
        servlet.put(SERVLET_NAME, "posyandu-startup-gate");
        servlet.put(SERVLET_ASYNC, Boolean.TRUE);
        registrations.add(context.registerService(Servlet.class, new GateServlet(health), servlet));
        Hashtable<String, Object> filter = select(ARIES_DEFAULT_CONTEXT);
        filter.put(FILTER_PATTERN, new String[] { "/*" });
        filter.put(FILTER_NAME, "posyandu-startup-gate");
        filter.put(FILTER_ASYNC, Boolean.TRUE);
        filter.put("service.ranking", Integer.MAX_VALUE); // before every other filter of the context
        registrations.add(context.registerService(Filter.class, new GateFilter(health), filter));
    }

    private static Hashtable<String, Object> select(String contextName) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put(CONTEXT_SELECT, "(osgi.http.whiteboard.context.name=" + contextName + ")");
        return p;
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }
}
