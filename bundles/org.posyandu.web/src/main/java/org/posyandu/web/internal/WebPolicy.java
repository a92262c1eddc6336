package org.posyandu.web.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The rules the app's files are served by, in one place: which content type a file has, whether it is worth
 * compressing, how long a browser may keep it, and the security headers every answer carries. Pure.
 */
final class WebPolicy {
    /**
     * Only our own origin: no inline script or style (so no injected markup can run), API calls to the same origin
     * only, images from the origin or {@code data:} URLs (the server's growth chart is shown as one).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** A year: the URL changes when the content does (build id or library version in the path). */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** Always ask the server (a 304 is cheap): the entry points that name the current build. */
    static final String REVALIDATE = "no-cache";
    /** Icons: stable names, changed rarely. */
    static final String ONE_DAY = "public, max-age=86400";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("woff2", "font/woff2"));
    private static final String BINARY = "application/octet-stream";
    /** Smaller texts gain nothing from gzip once its header is counted. */
    static final int MIN_COMPRESS_BYTES = 256;

    private WebPolicy() {
    }

    /** The content type by file extension; unknown extensions are served as opaque bytes. */
    static String contentType(String path) {
        return TYPES.getOrDefault(extension(path), BINARY);
    }

    /** Text (markup, script, style, JSON, SVG) compresses well; images and fonts are compressed already. */
    static boolean compressible(String contentType) {
        return contentType.startsWith("text/") || contentType.startsWith("application/json")
                || contentType.startsWith("application/manifest+json") || contentType.startsWith("image/svg+xml");
    }

    /** The lower-case extension of the last path segment, or "" when it has none. */
    static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * A path the app's router owns (no file extension, e.g. {@code /kader} or {@code /admin/laporan}): answered
     * with index.html. A path with an extension names a file, and a missing file is a 404; so is anything under
     * the API's prefix, which must never turn into a page.
     */
    static boolean isAppRoute(String path) {
        return extension(path).isEmpty() && !path.startsWith("/api/") && !path.equals("/api");
    }

    /** Whether the client accepts gzip: {@code gzip} or {@code *} listed with a non-zero quality. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.trim().split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("q=") || p.startsWith("Q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = q;
            } else if (coding.equals("*")) {
                any = q;
            }
        }
        return gzip != null ? gzip > 0 : any != null && any > 0;
    }

    /** Headers every answer carries, page or file or error. */
    static Map<String, String> securityHeaders() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        return h;
    }
}
