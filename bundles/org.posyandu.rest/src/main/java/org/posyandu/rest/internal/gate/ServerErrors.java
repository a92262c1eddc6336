package org.posyandu.rest.internal.gate;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
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
 * answer. Pax Web adds each {@link Handler} service to its Jetty server (a positive ranking: in front of the servlet
 * contexts); when it does, this one installs {@link ProblemErrorHandler} as the server's error handler, which Jetty
 * asks for the answers no servlet writes (a request its parser refuses, a 431). It also answers TRACE itself (405):
 * Pax Web refuses TRACE inside each context with an empty-bodied error.
 *
 * <p>The web app's own answers stay the web app's (its pages are HTML; its errors problem+json, see docs/web.md).
 * Pax Web 8.0.34 takes a Handler service only once its Jetty server factory exists (one registered earlier makes
 * its activator fail with a NullPointerException), and restarts its server when one appears: so the handler is
 * registered once, when Pax Web's HTTP runtime is first seen, at start-up before the API gate opens.
 *
 * <p><b>Disabled</b> ({@code enabled = false}): the restart of Pax Web's server that the Handler service causes ran,
 * once in about fifty start-ups, into a deadlock between Pax Web's whiteboard (re-registering every web element
 * under its lock) and its configuration thread (removing the JAX-RS context the Aries whiteboard re-published), and
 * the node never came up. Until the handler can be installed without a restart (Jetty configuration at server
 * creation), the errors Jetty writes before any servlet runs are Jetty's own pages (docs/api.md).
 */
@Component(service = {}, enabled = false)
public final class ServerErrors extends AbstractHandler {
    /** Registered by Pax Web once its server runs, so its Jetty factory exists and its activator has finished. */
    private static final String HTTP_RUNTIME = "(objectClass=org.osgi.service.http.runtime.HttpServiceRuntime)";
    private ServiceTracker<Object, Object> factories;
    private ServiceRegistration<Handler> registration;

    @Activate
    void activate(BundleContext context) throws InvalidSyntaxException {
        factories = new ServiceTracker<>(context, FrameworkUtil.createFilter(HTTP_RUNTIME), null) {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                // not on Pax Web's own thread: adding a handler makes it restart the server it is announcing
                Thread t = new Thread(() -> register(context), "posyandu-server-errors");
                t.setDaemon(true);
                t.start();
                return reference;
            }
        };
        factories.open(true);
    }

    private synchronized void register(BundleContext context) {
        if (registration == null && factories != null) {
            java.util.Hashtable<String, Object> properties = new java.util.Hashtable<>();
            properties.put("service.ranking", 100); // in front of the servlet contexts
            registration = context.registerService(Handler.class, this, properties);
        }
    }

    @Deactivate
    synchronized void deactivate() {
        factories.close();
        factories = null;
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
    @Override
    public void setServer(Server server) {
        super.setServer(server);
        ErrorHandler old = server == null ? null : server.getErrorHandler();
        if (server != null && !(old instanceof ProblemErrorHandler)) {
            if (old != null && old.isRunning()) {
                try {
                    old.stop(); // Jetty refuses to detach a running handler from its server
                } catch (Exception e) {
                    throw new IllegalStateException("Jetty's error handler does not stop", e);
                }
            }
            ProblemErrorHandler errors = new ProblemErrorHandler(); // one per server: Pax Web may make a new one
            errors.setServer(server); // before the server starts it as its bean (Jetty sets it only after)
            server.setErrorHandler(errors);
        }
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if ("TRACE".equals(request.getMethod())) {
            baseRequest.setHandled(true);
            ServerProblems.Answer answer = ServerProblems.of(405, request.getRequestURI());
            response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            ProblemErrorHandler.write(response, answer);
        }
    }
}
