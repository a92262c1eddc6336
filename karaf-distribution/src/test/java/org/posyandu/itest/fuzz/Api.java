package org.posyandu.itest.fuzz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The fuzz run's HTTP side: every answer goes through {@link Verdicts}. */
public final class Api {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public final String base;
    public final Verdicts verdicts;

    /** Status and body of one answer. */
    public record Answer(int status, String body) {
    }

    public Api(int port, Verdicts verdicts) {
        this.base = "http://localhost:" + port + "/api/v1";
        this.verdicts = verdicts;
    }

    /**
     * Sends one request and judges the answer.
     *
     * @param headers name, value, name, value… ({@code Authorization} as given, nothing added)
     * @param body    {@code null} for none
     */
    public Answer send(String method, String path, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String text = body == null ? "" : Verdicts.abbreviate(new String(body, StandardCharsets.UTF_8));
        String label = method + " " + abbreviatePath(path) + " " + text.substring(0, Math.min(120, text.length()));
        verdicts.judge(label, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        return new Answer(r.statusCode(), r.body());
    }

    /** A JSON request with a bearer token (or none when {@code token} is null). */
    public Answer json(String method, String path, String json, String token) throws Exception {
        List<String> h = new ArrayList<>(List.of("Content-Type", "application/json"));
        if (token != null) {
            h.addAll(List.of("Authorization", "Bearer " + token));
        }
        return send(method, path, json == null ? null : json.getBytes(StandardCharsets.UTF_8), h.toArray(String[]::new));
    }

    /** Runs the tasks at the same moment (they all wait on one latch), answers their results in order. */
    public static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String abbreviatePath(String path) {
        return path.length() > 120 ? path.substring(0, 120) + "…" : path;
    }

    /** Counts of each status among the answers, e.g. {204=1, 404=7}. */
    public static Map<Integer, Long> statuses(List<Answer> answers) {
        return answers.stream().collect(java.util.stream.Collectors.groupingBy(Answer::status,
                java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }
}
