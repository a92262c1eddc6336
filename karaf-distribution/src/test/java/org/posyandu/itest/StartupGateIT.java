package org.posyandu.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posyandu.itest.KarafProcess.JSON;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Black-box: the real {@code bin/karaf} of the built zip on ports 27xxx, polled by a client from before the JVM
 * starts until every polled path gives its real answer, then across a restart (SIGTERM, start) until every path
 * gives its real answer again. Meanwhile every {@code /api/v1} answer must be 503 {@code application/problem+json}
 * with {@code Retry-After} (health: 503 DOWN as JSON) or the real answer: never a 404 problem a phone would read as
 * "this form does not exist", never a 5xx, never CXF's pages.
 * <p>
 * One thing no bundle of the platform can reach is tolerated and counted: Jetty's own HTML 404 page (or 503, for a
 * context that is stopping; never its 500). Jetty opens the port before Pax Web has started its root servlet
 * context, restarts that context when CXF's HTTP transport registers, and stops its contexts before it closes the
 * port; in those moments (milliseconds to a second) no code of the platform runs. While the JVM stops, in the last
 * milliseconds before the port closes, the same goes for CXF's own "No service was found" page as Pax Web takes the
 * whiteboard's context down. A client must treat any answer that is not JSON as "not reached the platform"
 * (docs/api.md).
 */
class StartupGateIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration POLL_DEADLINE = Duration.ofSeconds(180);
    /** A path and the status it answers once the platform serves it. */
    private static final Map<String, Integer> REAL = Map.of("/wilayah/16", 200,
            "/posyandu/" + UUID.randomUUID(), 401, "/sync", 401, "/health", 200);
    private KarafProcess karaf;
    private String base;
    /** While the JVM stops (SIGTERM sent, process not gone yet). */
    private volatile boolean stopping;

    @Test
    void whileThePlatformStartsEveryApiAnswerIs503WithRetryAfterOrTheRealAnswer() throws Exception {
        karaf = KarafProcess.unpack("gate-it", 27000);
        base = "http://localhost:" + (27181 + Integer.getInteger("posyandu.it.portOffset", 0)) + "/api/v1";
        Map<String, Integer> first = pollWhile(karaf::start);
        Map<String, Integer> restart = pollWhile(() -> {
            stopping = true;
            karaf.stop(false);
            stopping = false;
            karaf.start();
        });
        System.out.println("answers while starting: first start " + first + ", restart " + restart);
        assertTrue(first.keySet().stream().anyMatch(k -> k.contains(" 503 ")) || restart.keySet().stream()
                .anyMatch(k -> k.contains(" 503 ")), "the gate answered at least once: " + first + " " + restart);
    }

    /**
     * Polls while {@code action} runs, and after it until every path gave its real answer; answers what was seen, by
     * path, status and media type, with counts.
     */
    private Map<String, Integer> pollWhile(Action action) throws Exception {
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        Map<String, String> wrong = new ConcurrentHashMap<>();
        Set<String> served = ConcurrentHashMap.newKeySet();
        AtomicBoolean started = new AtomicBoolean();
        CompletableFuture<Void> poller = CompletableFuture.runAsync(() -> {
            long deadline = System.nanoTime() + POLL_DEADLINE.toNanos();
            while (System.nanoTime() < deadline && !(started.get() && served.containsAll(REAL.keySet()))) {
                boolean after = started.get(); // real answers count once the action is over
                for (String path : REAL.keySet()) {
                    if (poll(path, seen, wrong) && after) {
                        served.add(path);
                    }
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5)); // be gentle on a shared machine
            }
        });
        action.run();
        started.set(true);
        poller.get(POLL_DEADLINE.toSeconds() + 30, TimeUnit.SECONDS);
        assertEquals(Map.of(), wrong, "answers that were neither 503-with-Retry-After nor the real answer (seen: " + seen
                + ")");
        assertEquals(REAL.keySet(), served, "every polled path gave its real answer once the platform was UP");
        return new TreeMap<>(seen);
    }

    /** One request; answers whether it got the real answer, and files anything it must not get under wrong. */
    private boolean poll(String path, Map<String, Integer> seen, Map<String, String> wrong) {
        HttpResponse<String> r;
        try {
            r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                    .method(path.equals("/sync") ? "POST" : "GET", HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return false; // not listening: no answer at all, which a phone handles as offline
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        String type = r.headers().firstValue("Content-Type").orElse("");
        String kind = path + " " + r.statusCode() + " " + type;
        seen.merge(kind, 1, Integer::sum);
        if (r.statusCode() == REAL.get(path)) {
            return true;
        }
        if (type.startsWith("text/html") && (r.statusCode() == 404 || r.statusCode() == 503)
                && r.body().contains("<h2>HTTP ERROR " + r.statusCode() + " ")) {
            return false; // Jetty's own page, where no code of the platform runs (see the class comment)
        }
        if (stopping && r.statusCode() == 404 && r.body().equals("<html><body>No service was found.</body></html>")) {
            return false; // CXF's page while Pax Web takes the whiteboard's context down (see the class comment)
        }
        boolean retryAfter = r.headers().firstValue("Retry-After").isPresent();
        boolean ok = r.statusCode() == 503 && retryAfter && (path.equals("/health")
                ? type.startsWith("application/json") && "DOWN".equals(status(r.body()))
                : type.startsWith("application/problem+json") && r.body().contains("urn:posyandu:problem:unavailable"));
        if (!ok) {
            wrong.putIfAbsent(kind, r.headers().map() + " " + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return false;
    }

    private static String status(String body) {
        try {
            return JSON.readTree(body).path("status").asText();
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    @AfterEach
    void killLeftovers() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }
}
