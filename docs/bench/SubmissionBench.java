import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submissions per second through the full stack (HTTP, token check, validation, module rules, JDBC, Derby,
 * durable commit), 16 concurrent clients: single submissions with an Idempotency-Key each, then /sync batches.
 * Run by docs/bench/submissions.sh.
 */
public class SubmissionBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int CLIENTS = 16;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = field(send("POST", base + "/auth/token", null,
                "{\"username\":\"admin\",\"password\":\"" + args[1] + "\"}").body(), "access_token");
        String posyandu = field(send("POST", base + "/posyandu", token,
                "{\"nama\":\"Posyandu Bench " + UUID.randomUUID() + "\",\"desaKode\":\"16.71.17.1003\"}").body(), "id");
        String warga = field(send("POST", base + "/warga", token, "{\"nik\":\"167117010180" + String.format("%04d", 1 + (int) (Math.random() * 9998))
                + "\",\"nama\":\"Warga Bench\",\"jenisKelamin\":\"L\",\"tanggalLahir\":\"1980-01-01\",\"desaKode\":\"16.71.17.1003\","
                + "\"posyanduId\":\"" + posyandu + "\"}").body(), "id");
        String data = "{\"sistolik\":135,\"diastolik\":85,\"gulaDarahSewaktu\":120,\"beratKg\":70,\"tinggiCm\":165,\"merokok\":false}";
        String single = "{\"wargaId\":\"" + warga + "\",\"tanggal\":\"2026-11-20\",\"data\":" + data + "}";
        String url = base + "/posyandu/" + posyandu + "/forms/kesehatan.skrining/submissions";

        run("warm-up", 4, 200, () -> check(sendKeyed(url, token, single), 201), 1);
        double perSecond = run("single", CLIENTS, 4000, () -> check(sendKeyed(url, token, single), 201), 1);
        System.out.printf("single submissions, %d clients: %.0f/s (each: HTTP + token + validation + 2 inserts + commit)%n",
                CLIENTS, perSecond);

        int batch = 500;
        StringBuilder items = new StringBuilder();
        String item = "{\"idempotencyKey\":\"%s\",\"posyanduId\":\"" + posyandu + "\",\"formId\":\"kesehatan.skrining\","
                + "\"wargaId\":\"" + warga + "\",\"tanggal\":\"2026-11-20\",\"data\":" + data + "}";
        double records = run("sync", CLIENTS, 32, () -> {
            StringBuilder b = new StringBuilder("{\"submissions\":[");
            for (int i = 0; i < batch; i++) {
                b.append(i == 0 ? "" : ",").append(String.format(item, UUID.randomUUID()));
            }
            HttpResponse<String> r = send("POST", base + "/sync", token, b.append("]}").toString());
            check(r, 200);
            if (r.body().split("\"status\":201", -1).length - 1 != batch) {
                throw new IllegalStateException("not every item stored: " + r.body().substring(0, 300));
            }
        }, batch);
        System.out.printf("sync batches of %d, %d clients: %.0f records/s%n", batch, CLIENTS, records);
    }

    interface Call {
        void run() throws Exception;
    }

    /** Runs {@code total} calls on {@code clients} threads; answers records per second ({@code perCall} each). */
    static double run(String label, int clients, int total, Call call, int perCall) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                while (next.getAndIncrement() < total) {
                    call.run();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        return total * (double) perCall / seconds;
    }

    static HttpResponse<String> sendKeyed(String url, String token, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void check(HttpResponse<String> r, int expected) {
        if (r.statusCode() != expected) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
