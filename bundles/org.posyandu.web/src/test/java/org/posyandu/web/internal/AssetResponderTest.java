package org.posyandu.web.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.posyandu.web.internal.AssetResponder.Reply;
import org.posyandu.web.internal.AssetResponder.Request;

class AssetResponderTest {
    private static final String BUILD = "20261130120000";
    private static final String INDEX = "<!DOCTYPE html><title>Posyandu</title>";
    private static final String SCRIPT = "export const x = 1;\n".repeat(40);

    private final Map<String, byte[]> files = new HashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final AssetResponder responder;

    AssetResponderTest() {
        files.put("index.html", INDEX.getBytes(StandardCharsets.UTF_8));
        files.put("sw.js", SCRIPT.getBytes(StandardCharsets.UTF_8));
        files.put("manifest.webmanifest", "{\"name\":\"Posyandu\"}".getBytes(StandardCharsets.UTF_8));
        files.put("assets/js/main.js", SCRIPT.getBytes(StandardCharsets.UTF_8));
        files.put("assets/app.css", "body{margin:0}".getBytes(StandardCharsets.UTF_8));
        files.put("vendor/preact/10.24.3/dist/preact.min.umd.js", SCRIPT.getBytes(StandardCharsets.UTF_8));
        files.put("icons/icon-192.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 });
        responder = new AssetResponder(new AssetCatalog(path -> {
            reads.incrementAndGet();
            return files.get(path);
        }), BUILD);
    }

    private Reply get(String path) {
        return responder.respond(new Request("GET", path, null, null));
    }

    private Reply get(String path, String acceptEncoding, String ifNoneMatch) {
        return responder.respond(new Request("GET", path, acceptEncoding, ifNoneMatch));
    }

    private static String text(Reply r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theRootAndEveryRouteOfTheAppAnswerIndexHtmlRevalidated() {
        for (String path : new String[] { "", "/", "/index.html", "/kader", "/admin/laporan", "/warga/123" }) {
            Reply r = get(path);
            assertEquals(200, r.status(), path);
            assertEquals(INDEX, text(r), path);
            assertEquals("text/html; charset=utf-8", r.headers().get("Content-Type"), path);
            assertEquals("no-cache", r.headers().get("Cache-Control"), path);
        }
    }

    @Test
    void aMissingFileIsA404NotThePage() {
        for (String path : new String[] { "/nothing.js", "/assets/" + BUILD + "/js/missing.js", "/vendor/x/1/y.js",
                "/api/v2/unknown", "/api", "/api/v1/%2e%2e%2fetc", "/assets/" + BUILD + "/js/../../index.html" }) {
            Reply r = get(path);
            assertEquals(404, r.status(), path);
            assertEquals("application/problem+json", r.headers().get("Content-Type"), path);
            assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("\"status\":404"), path);
            assertEquals("no-store", r.headers().get("Cache-Control"), path);
            assertEquals("nosniff", r.headers().get("X-Content-Type-Options"), path);
        }
    }

    @Test
    void anotherBuildsAssetIsNeverAnsweredWithThisBuildsBytes() {
        assertEquals(404, get("/assets/20250101000000/js/main.js").status());
        assertEquals(200, get("/assets/" + BUILD + "/js/main.js").status());
    }

    @Test
    void contentTypesByExtension() {
        assertEquals("text/javascript; charset=utf-8", get("/assets/" + BUILD + "/js/main.js").headers().get("Content-Type"));
        assertEquals("text/css; charset=utf-8", get("/assets/" + BUILD + "/app.css").headers().get("Content-Type"));
        assertEquals("application/manifest+json; charset=utf-8", get("/manifest.webmanifest").headers().get("Content-Type"));
        assertEquals("image/png", get("/icons/icon-192.png").headers().get("Content-Type"));
        assertEquals("text/javascript; charset=utf-8", get("/sw.js").headers().get("Content-Type"));
        assertEquals("application/octet-stream", WebPolicy.contentType("/a/b.unknown"));
        assertEquals("image/svg+xml", WebPolicy.contentType("/a/chart.SVG"));
    }

    @Test
    void cacheRules() {
        assertEquals("public, max-age=31536000, immutable", get("/assets/" + BUILD + "/js/main.js").headers().get("Cache-Control"));
        assertEquals("public, max-age=31536000, immutable", get("/vendor/preact/10.24.3/dist/preact.min.umd.js").headers().get("Cache-Control"));
        assertEquals("no-cache", get("/sw.js").headers().get("Cache-Control"));
        assertEquals("no-cache", get("/index.html").headers().get("Cache-Control"));
        assertEquals("no-cache", get("/manifest.webmanifest").headers().get("Cache-Control"));
        assertEquals("public, max-age=86400", get("/icons/icon-192.png").headers().get("Cache-Control"));
    }

    @Test
    void textIsGzippedWhenAcceptedAndTheCompressedBytesAreMadeOnce() throws IOException {
        String path = "/assets/" + BUILD + "/js/main.js";
        Reply first = get(path, "gzip, deflate, br", null);
        assertEquals("gzip", first.headers().get("Content-Encoding"));
        assertEquals("Accept-Encoding", first.headers().get("Vary"));
        assertEquals(Integer.toString(first.body().length), first.headers().get("Content-Length"));
        assertTrue(first.body().length < SCRIPT.length());
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(first.body()))) {
            assertEquals(SCRIPT, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        int readsAfterFirst = reads.get();
        Reply second = get(path, "gzip", null);
        assertEquals(readsAfterFirst, reads.get(), "the file is read and compressed once");
        assertTrue(first.body() == second.body(), "the same compressed bytes are kept and served again");

        Reply plain = get(path, null, null);
        assertNull(plain.headers().get("Content-Encoding"));
        assertEquals("Accept-Encoding", plain.headers().get("Vary"));
        assertEquals(SCRIPT, text(plain));
        assertFalse(plain.headers().get("ETag").equals(first.headers().get("ETag")), "each encoding its own tag");
    }

    @Test
    void gzipIsNotUsedWhenRefusedOrNotWorthIt() {
        String path = "/assets/" + BUILD + "/js/main.js";
        assertNull(get(path, "gzip;q=0, deflate", null).headers().get("Content-Encoding"));
        assertNull(get(path, "identity", null).headers().get("Content-Encoding"));
        assertNull(get(path, "*;q=0", null).headers().get("Content-Encoding"));
        assertEquals("gzip", get(path, "*", null).headers().get("Content-Encoding"));
        assertEquals("gzip", get(path, "br;q=1.0, GZIP;q=0.5", null).headers().get("Content-Encoding"));
        // small files and images are sent as they are
        assertNull(get("/assets/" + BUILD + "/app.css", "gzip", null).headers().get("Content-Encoding"));
        assertNull(get("/assets/" + BUILD + "/app.css", "gzip", null).headers().get("Vary"));
        assertNull(get("/icons/icon-192.png", "gzip", null).headers().get("Content-Encoding"));
    }

    @Test
    void aCurrentCopyGets304WithoutABody() {
        String path = "/assets/" + BUILD + "/js/main.js";
        String plainTag = get(path).headers().get("ETag");
        String gzipTag = get(path, "gzip", null).headers().get("ETag");
        assertTrue(plainTag.matches("\"[0-9a-f]{24}\""), plainTag);
        assertEquals(plainTag.replace("\"", "").concat("-gz"), gzipTag.replace("\"", ""));
        for (String tag : new String[] { plainTag, gzipTag, "W/" + plainTag, "\"other\", " + gzipTag, "*" }) {
            Reply r = get(path, "gzip", tag);
            assertEquals(304, r.status(), tag);
            assertNull(r.body());
            assertEquals("public, max-age=31536000, immutable", r.headers().get("Cache-Control"));
            assertEquals(gzipTag, r.headers().get("ETag"));
        }
        assertEquals(200, get(path, "gzip", "\"something-else\"").status());
    }

    @Test
    void everyAnswerCarriesTheStrictPolicy() {
        for (Reply r : new Reply[] { get("/"), get("/sw.js"), get("/nothing.js"),
                responder.respond(new Request("POST", "/", null, null)) }) {
            String csp = r.headers().get("Content-Security-Policy");
            assertTrue(csp.contains("default-src 'self'"), csp);
            assertTrue(csp.contains("script-src 'self';"), csp);
            assertTrue(csp.contains("style-src 'self';"), csp);
            assertTrue(csp.contains("connect-src 'self'"), csp);
            assertTrue(csp.contains("img-src 'self' data:"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertFalse(csp.contains("unsafe"), csp);
            assertEquals("nosniff", r.headers().get("X-Content-Type-Options"));
            assertEquals("DENY", r.headers().get("X-Frame-Options"));
        }
    }

    @Test
    void headHasTheHeadersOfGetWithoutTheBody() {
        Reply get = get("/sw.js", "gzip", null);
        Reply head = responder.respond(new Request("HEAD", "/sw.js", "gzip", null));
        assertEquals(200, head.status());
        assertNull(head.body());
        assertEquals(get.headers(), head.headers());
    }

    @Test
    void anApiPathThatReachesTheAppIsA503NotA404() {
        // only while the API's servlets are not there (start, stop): a phone keeps its queue on a 503
        for (String method : new String[] { "GET", "POST", "PUT" }) {
            for (String path : new String[] { "/api/v1/posyandu", "/api/v1/sync", "/api/v1" }) {
                Reply r = responder.respond(new Request(method, path, null, null));
                assertEquals(503, r.status(), path);
                assertEquals("application/problem+json", r.headers().get("Content-Type"), path);
                assertEquals("2", r.headers().get("Retry-After"), path);
            }
        }
    }

    @Test
    void theHealthPathThatReachesTheAppSaysDown() {
        Reply r = responder.respond(new Request("GET", "/api/v1/health", null, null));
        assertEquals(503, r.status());
        assertEquals("application/json", r.headers().get("Content-Type"));
        assertEquals("2", r.headers().get("Retry-After"));
        assertEquals("{\"status\":\"DOWN\"}", new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void otherMethodsAre405() {
        for (String method : new String[] { "POST", "PUT", "DELETE", "OPTIONS", "PATCH" }) {
            Reply r = responder.respond(new Request(method, "/index.html", null, null));
            assertEquals(405, r.status(), method);
            assertEquals("GET, HEAD", r.headers().get("Allow"));
            assertEquals("application/problem+json", r.headers().get("Content-Type"), method);
        }
    }

    @Test
    void pathsThatCouldLeaveTheAppFolderReadNothing() {
        for (String path : new String[] { "/../secret.txt", "/assets/" + BUILD + "/..%2f..%2fsecret.txt",
                "/%2e%2e/secret.txt", "/icons/..\\x.png", "//etc/passwd.txt" }) {
            Reply r = get(path);
            assertEquals(404, r.status(), path);
        }
        assertFalse(files.containsKey("secret.txt"));
        assertArrayEquals(INDEX.getBytes(StandardCharsets.UTF_8), get("/%2e%2e/etc").body(),
                "an extension-less path is a route of the app, answered with the page, never with a file");
    }
}
