package org.posyandu.rest.internal.gate;

import java.io.IOException;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Serves {@code /api/v1/*} in Pax Web's root context, where API requests land only while the JAX-RS whiteboard's
 * own context ({@code /api/v1}, which Jetty prefers as the longer path) does not exist: at start-up, or while the
 * whiteboard stops. Nothing can serve the API then, so every answer is "not yet", and the health document for the
 * health path (a servlet, not a filter: Pax Web runs no filter for a path that no servlet of the context serves).
 */
final class GateServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient PlatformHealth health;

    GateServlet(PlatformHealth health) {
        this.health = health;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean healthPath = GateAnswer.HEALTH.equals(GateFilter.pathWithinApi(request.getRequestURI()));
        GateFilter.write(response, healthPath ? GateAnswer.health(health.report()) : GateAnswer.unavailable());
    }
}
