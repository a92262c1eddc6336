package org.posyandu.rest.internal.gate;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.posyandu.rest.internal.JacksonProvider;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The servlet filter in front of every {@code /api/v1} request (see {@link StartupGate} for where it sits).
 * Until the platform is ready it answers 503 {@code application/problem+json} with {@code Retry-After}, and the
 * health path with the health document (503, DOWN), so a phone never reads a start-up 404 as "this form does not
 * exist", nor gets an HTML error page. It also refuses CXF's generated WADL ({@code ?_wadl}), which would
 * otherwise describe the API to anyone without a login.
 */
final class GateFilter implements Filter {
    private static final ObjectMapper JSON = JacksonProvider.mapper();

    private final PlatformHealth health;

    GateFilter(PlatformHealth health) {
        this.health = health;
    }

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing to release
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (asksForWadl(request.getQueryString())) {
            write(response, GateAnswer.noWadl());
            return;
        }
        if (health.ready()) {
            chain.doFilter(req, res);
            return;
        }
        if (GateAnswer.HEALTH.equals(pathWithinApi(request.getRequestURI()))) {
            PlatformHealth.Report report = health.report();
            if (report.up()) {
                chain.doFilter(req, res); // everything came up meanwhile: the resource answers
            } else {
                write(response, GateAnswer.health(report));
            }
            return;
        }
        write(response, GateAnswer.unavailable());
    }

    /** The path under {@code /api/v1} ({@code /health}), from the raw request URI whatever the servlet context. */
    static String pathWithinApi(String requestUri) {
        if (requestUri == null || !requestUri.startsWith(StartupGate.API_BASE)) {
            return "";
        }
        return requestUri.substring(StartupGate.API_BASE.length());
    }

    /** Whether the query string names CXF's {@code _wadl} parameter (in any encoding CXF would decode). */
    static boolean asksForWadl(String query) {
        if (query == null) {
            return false;
        }
        for (String part : query.split("&")) {
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            try {
                if ("_wadl".equals(URLDecoder.decode(name, StandardCharsets.UTF_8))) {
                    return true;
                }
            } catch (IllegalArgumentException malformed) {
                // not a parameter CXF could read either
            }
        }
        return false;
    }

    static void write(HttpServletResponse response, GateAnswer answer) throws IOException {
        response.setStatus(answer.status());
        response.setContentType(answer.mediaType());
        answer.headers().forEach(response::setHeader);
        JSON.writeValue(response.getOutputStream(), answer.body());
    }
}
