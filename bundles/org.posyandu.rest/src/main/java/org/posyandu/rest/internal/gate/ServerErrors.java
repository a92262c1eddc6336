package org.posyandu.rest.internal.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Hashtable;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Makes every error answer of the web server {@code application/problem+json}, whatever part of it writes the
 * answer. Registered as a Jetty {@link HttpConfiguration.Customizer} service, which Pax Web adds to its connectors
 * without restarting its server (a {@code Handler} service makes Pax Web restart the server, and that restart could
 * deadlock Pax Web at start-up). Jetty runs every customizer for every request it has read, before any context:
 * <ul>
 * <li>the first request a server reads installs {@link ProblemErrorHandler} as that server's error handler, which
 * Jetty asks for the answers no servlet writes (a request its parser refuses, headers over the limit: 431);</li>
 * <li>TRACE is answered here (405 problem): Pax Web refuses it inside each context with an empty-bodied error.</li>
 * </ul>
 * Until a node has read its first request (a health probe, a login), a malformed request gets Jetty's own page:
 * a documented limit (docs/api.md). Pax Web 8 takes a customizer only once its Jetty server factory exists (one
 * registered earlier makes its activator fail), so this registers when Pax Web's HTTP runtime is first seen.
 */
@Component(service = {})
public final class ServerErrors implements HttpConfiguration.Customizer {
    /** Registered by Pax Web once its server runs, so its Jetty factory exists and its activator has finished. */
    private static final String HTTP_RUNTIME = "(objectClass=org.osgi.service.http.runtime.HttpServiceRuntime)";
    private ServiceTracker<Object, Object> runtimes;
    private ServiceRegistration<HttpConfiguration.Customizer> registration;

    @Activate
    void activate(BundleContext context) throws InvalidSyntaxException {
        runtimes = new ServiceTracker<>(context, FrameworkUtil.createFilter(HTTP_RUNTIME), null) {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                register(context);
                return reference;
            }
        };
        runtimes.open(true);
    }

    private synchronized void register(BundleContext context) {
        if (registration == null && runtimes != null) {
            registration = context.registerService(HttpConfiguration.Customizer.class, this, new Hashtable<>());
        }
    }

    @Deactivate
    synchronized void deactivate() {
        runtimes.close();
        runtimes = null;
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }

    @Override
    public void customize(Connector connector, HttpConfiguration configuration, Request request) {
        install(connector.getServer());
        if ("TRACE".equals(request.getMethod())) {
            request.setHandled(true); // Jetty dispatches no further
            try {
                ServerProblems.Answer answer = ServerProblems.of(405, request.getRequestURI());
                request.getResponse().setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
                ProblemErrorHandler.write(request.getResponse(), answer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Makes {@link ProblemErrorHandler} the server's error handler, once per server (Pax Web may make a new one). */
    private static void install(Server server) {
        if (server == null || server.getErrorHandler() instanceof ProblemErrorHandler) {
            return;
        }
        synchronized (server) {
            ErrorHandler old = server.getErrorHandler();
            if (old instanceof ProblemErrorHandler) {
                return;
            }
            if (old != null && old.isRunning()) {
                try {
                    old.stop(); // Jetty refuses to detach a running handler from its server
                } catch (Exception e) {
                    throw new IllegalStateException("Jetty's error handler does not stop", e);
                }
            }
            ProblemErrorHandler errors = new ProblemErrorHandler();
            errors.setServer(server); // before the server starts it as its bean (Jetty sets it only after)
            server.setErrorHandler(errors);
        }
    }
}
