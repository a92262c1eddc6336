package org.posyandu.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answers a request for the app: the file or, for a path the app's router owns, index.html; with its content
 * type, gzip when the client accepts it, 304 when the client's copy is current, and the cache rule of its kind.
 * No servlet types, so the rules are tested without a container.
 *
 * <p>URL layout: {@code /} and any extension-less path give index.html; {@code /assets/<build>/...} are the app's
 * own files, named by the build that made them and cached for a year; {@code /vendor/<library>/<version>/...}
 * the WebJars' files, likewise; index.html, sw.js and the manifest are always revalidated, so a new build is
 * seen on the next load.
 */
final class AssetResponder {
    /** Paths that may name a file: no {@code ..}, no encoded characters, no backslash. */
    private static final Pattern FILE_PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");
    private static final String INDEX = "index.html";
    /** Errors are problem+json as on the API (docs/api.md): a client, the app's own among them, reads one shape. */
    private static final byte[] NOT_FOUND = ("{\"type\":\"urn:posyandu:problem:not-found\",\"title\":\"Tidak ditemukan\","
            + "\"titleEn\":\"Not found\",\"status\":404,\"detail\":\"Alamat ini tidak ada.\","
            + "\"detailEn\":\"There is no such address.\",\"errors\":[]}").getBytes(StandardCharsets.UTF_8);
    private static final byte[] API_NOT_READY = ("{\"type\":\"urn:posyandu:problem:unavailable\","
            + "\"title\":\"Layanan belum siap\",\"titleEn\":\"Service not ready\",\"status\":503,"
            + "\"detail\":\"Platform sedang dinyalakan atau dimatikan; coba lagi sebentar lagi.\","
            + "\"detailEn\":\"The platform is starting or stopping; try again shortly.\",\"errors\":[]}")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] HEALTH_DOWN = "{\"status\":\"DOWN\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NOT_ALLOWED = ("{\"type\":\"urn:posyandu:problem:method-not-allowed\","
            + "\"title\":\"Metode tidak diizinkan\",\"titleEn\":\"Method not allowed\",\"status\":405,"
            + "\"detail\":\"Metode HTTP ini tidak berlaku untuk alamat ini.\","
            + "\"detailEn\":\"This HTTP method does not apply here.\",\"errors\":[]}").getBytes(StandardCharsets.UTF_8);

    record Request(String method, String path, String acceptEncoding, String ifNoneMatch) {
    }

    /** @param body {@code null} for HEAD and 304 */
    record Reply(int status, Map<String, String> headers, byte[] body) {
    }

    private final AssetCatalog catalog;
    private final String build;

    /** @param build the build id that names the current {@code /assets/<build>/} */
    AssetResponder(AssetCatalog catalog, String build) {
        this.catalog = catalog;
        this.build = build;
    }

    Reply respond(Request request) {
        boolean head = "HEAD".equals(request.method());
        String raw = request.path();
        if (raw != null && raw.indexOf('%') < 0 && (raw.startsWith("/api/v1/") || raw.equals("/api/v1"))) {
            // a plain API path the API's own servlets did not take: the platform is starting or stopping. Not a
            // 404, which a phone would take as the platform's refusal of its queued data (docs/api.md, the
            // client's rule). An encoded path (%2e%2e%2f) left the API's prefix once decoded: a 404 below
            Reply r = raw.equals("/api/v1/health") ? healthDown(head) : problem(503, API_NOT_READY, head);
            r.headers().put("Retry-After", "2");
            return r;
        }
        if (!head && !"GET".equals(request.method())) {
            Reply r = problem(405, NOT_ALLOWED, false);
            r.headers().put("Allow", "GET, HEAD");
            return r;
        }
        String path = request.path() == null || request.path().isEmpty() ? "/" : request.path();
        Optional<Asset> file = Optional.empty();
        String cache = WebPolicy.REVALIDATE;
        if (!WebPolicy.extension(path).isEmpty() && FILE_PATH.matcher(path).matches()) {
            String[] target = target(path);
            if (target != null) {
                file = catalog.get(target[0]);
                cache = target[1];
            }
        }
        if (file.isEmpty() && (path.equals("/") || WebPolicy.isAppRoute(path))) {
            file = catalog.get(INDEX);
            cache = WebPolicy.REVALIDATE;
        }
        if (file.isEmpty()) {
            return problem(404, NOT_FOUND, head);
        }
        return serve(file.get(), cache, request, head);
    }

    /**
     * The file below the app folder and its cache rule, or {@code null} when the path can name no file. Only
     * paths with an extension get here, so a folder is never read as a file.
     */
    private String[] target(String path) {
        if (path.startsWith("/assets/")) {
            String rest = path.substring("/assets/".length());
            int slash = rest.indexOf('/');
            if (slash < 0 || !rest.substring(0, slash).equals(build)) {
                return null; // another build's asset: never answer it with this build's bytes
            }
            return new String[] { "assets/" + rest.substring(slash + 1), WebPolicy.IMMUTABLE };
        }
        if (path.startsWith("/vendor/")) {
            return new String[] { path.substring(1), WebPolicy.IMMUTABLE };
        }
        if (path.startsWith("/icons/")) {
            return new String[] { path.substring(1), WebPolicy.ONE_DAY };
        }
        if (path.indexOf('/', 1) < 0) {
            return new String[] { path.substring(1), WebPolicy.REVALIDATE };
        }
        return null;
    }

    private static Reply serve(Asset asset, String cache, Request request, boolean head) {
        boolean gzip = asset.gzip() != null && WebPolicy.acceptsGzip(request.acceptEncoding());
        String etag = gzip ? asset.gzipEtag() : asset.etag();
        Map<String, String> h = WebPolicy.securityHeaders();
        h.put("Cache-Control", cache);
        h.put("ETag", etag);
        if (asset.gzip() != null) {
            h.put("Vary", "Accept-Encoding");
        }
        if (matches(request.ifNoneMatch(), asset)) {
            return new Reply(304, h, null);
        }
        byte[] body = gzip ? asset.gzip() : asset.bytes();
        h.put("Content-Type", asset.contentType());
        if (gzip) {
            h.put("Content-Encoding", "gzip");
        }
        h.put("Content-Length", Integer.toString(body.length));
        return new Reply(200, h, head ? null : body);
    }

    /** If-None-Match by weak comparison, as RFC 9110 asks: either representation's tag, W/ or not, or {@code *}. */
    private static boolean matches(String ifNoneMatch, Asset asset) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(asset.etag()) || t.equals(asset.gzipEtag())) {
                return true;
            }
        }
        return false;
    }

    /** The health document saying DOWN, as the platform's gate answers it while the API is not up. */
    private static Reply healthDown(boolean head) {
        Reply r = problem(503, HEALTH_DOWN, head);
        r.headers().put("Content-Type", "application/json");
        return r;
    }

    private static Reply problem(int status, byte[] text, boolean head) {
        Map<String, String> h = new LinkedHashMap<>(WebPolicy.securityHeaders());
        h.put("Cache-Control", "no-store");
        h.put("Content-Type", "application/problem+json");
        h.put("Content-Length", Integer.toString(text.length));
        return new Reply(status, h, head ? null : text);
    }
}
