package org.posyandu.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves the web app (bundle folder {@code app/}) at {@code /} through the HTTP whiteboard. Registered as the
 * default servlet ({@code "/"}), so every longer prefix mapping, the JAX-RS application's {@code /api/v1/*}
 * among them, keeps its requests.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardServletName("posyandu-web")
public final class AppServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String ROOT = "app/";

    private final transient AssetResponder responder;

    @Activate
    public AppServlet(BundleContext context) throws IOException {
        Bundle bundle = context.getBundle();
        AssetCatalog.Source source = path -> read(bundle, ROOT + path);
        byte[] build = read(bundle, ROOT + "build.txt");
        if (build == null) {
            throw new IllegalStateException("app/build.txt is missing from the bundle");
        }
        this.responder = new AssetResponder(new AssetCatalog(source), new String(build, StandardCharsets.US_ASCII).strip());
    }

    private static byte[] read(Bundle bundle, String entry) throws IOException {
        URL url = bundle.getEntry(entry);
        if (url == null || entry.endsWith("/")) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        AssetResponder.Reply reply = responder.respond(new AssetResponder.Request(req.getMethod(), path,
                req.getHeader("Accept-Encoding"), req.getHeader("If-None-Match")));
        resp.setStatus(reply.status());
        for (Map.Entry<String, String> h : reply.headers().entrySet()) {
            resp.setHeader(h.getKey(), h.getValue());
        }
        if (reply.body() != null) {
            resp.getOutputStream().write(reply.body());
        }
    }
}
