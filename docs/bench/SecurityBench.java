import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.posyandu.core.internal.security.PasswordHasher;
import org.posyandu.core.internal.security.TokenCodec;

/**
 * Security costs, printed (run by docs/bench/security.sh, which builds the class path and starts the platform):
 * PBKDF2 cost per login in-process and over HTTP, access-token check in-process and per request over HTTP,
 * and the audit write on personal-data requests (audited vs. otherwise equal unaudited requests).
 */
public class SecurityBench {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version"));
        inProcess();
        if (args.length == 2) {
            overHttp(args[0], args[1]);
        }
    }

    static void inProcess() {
        PasswordHasher hasher = new PasswordHasher();
        String stored = hasher.hash("kata sandi untuk ukur");
        long[] ms = new long[10];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            hasher.verify("kata sandi untuk ukur", stored);
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        System.out.printf("PBKDF2-HMAC-SHA256 600,000 iterations, one verification: median %d ms (min %d, max %d)%n",
                median(ms), Arrays.stream(ms).min().getAsLong(), Arrays.stream(ms).max().getAsLong());

        TokenCodec codec = new TokenCodec(new byte[32]);
        String token = codec.encode(new TokenCodec.Claims(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                0, Long.MAX_VALUE / 2));
        int n = 1_000_000;
        for (int i = 0; i < n; i++) { // warm-up
            codec.decode(token, 1);
        }
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            codec.decode(token, 1);
        }
        System.out.printf("access token check (HMAC-SHA256 verify + parse), in-process: %.2f µs%n",
                (System.nanoTime() - t) / 1000.0 / n);
    }

    static void overHttp(String base, String adminPassword) throws Exception {
        long[] logins = new long[5];
        String token = null;
        for (int i = 0; i < logins.length; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = send("POST", base + "/auth/token", null,
                    "{\"username\":\"admin\",\"password\":\"" + adminPassword + "\"}");
            logins[i] = (System.nanoTime() - t) / 1_000_000;
            token = field(r.body(), "access_token");
        }
        System.out.printf("POST /auth/token over HTTP: median %d ms%n", median(logins));

        String posyandu = field(send("POST", base + "/posyandu", token,
                "{\"nama\":\"Posyandu Bench " + UUID.randomUUID() + "\",\"desaKode\":\"16.71.17.1003\"}").body(), "id");
        String wargaBody = "{\"nik\":\"1671170101900777\",\"nama\":\"Warga Bench\",\"jenisKelamin\":\"L\","
                + "\"tanggalLahir\":\"1990-01-01\",\"desaKode\":\"16.71.17.1003\",\"posyanduId\":\"" + posyandu + "\"}";
        HttpResponse<String> w = send("POST", base + "/warga", token, wargaBody);
        String warga = w.statusCode() == 201 ? field(w.body(), "id")
                : field(send("GET", base + "/warga?nik=1671170101900777", token, null).body(), "id");
        String posyanduBody = "{\"nama\":\"Posyandu Bench Tetap\",\"desaKode\":\"16.71.17.1003\"}";
        send("PUT", base + "/posyandu/" + posyandu, token, posyanduBody);

        int n = 2000;
        double[] tok = pair(n, new String[] { "GET", base + "/wilayah/16.71", null, null },
                new String[] { "GET", base + "/wilayah/16.71", token, null });
        System.out.printf("GET /wilayah/16.71 (public) without token %.0f µs, with a bearer token %.0f µs: "
                + "token check per request ≈ %.0f µs%n", tok[0], tok[1], tok[1] - tok[0]);
        double[] read = pair(n, new String[] { "GET", base + "/posyandu/" + posyandu, token, null },
                new String[] { "GET", base + "/warga/" + warga, token, null });
        System.out.printf("GET one record: posyandu (not audited) %.0f µs, warga (audited) %.0f µs: "
                + "audit ≈ %.0f µs%n", read[0], read[1], read[1] - read[0]);
        double[] write = pair(n / 4, new String[] { "PUT", base + "/posyandu/" + posyandu, token, posyanduBody },
                new String[] { "PUT", base + "/warga/" + warga, token, wargaBody });
        System.out.printf("PUT one record: posyandu (not audited) %.0f µs, warga (audited) %.0f µs: difference "
                + "%.0f µs (the audit commit, plus warga's heavier validation: NIK rules, duplicate checks)%n",
                write[0], write[1], write[1] - write[0]);
    }

    /** Mean µs per request of two requests alternated n times each (after n/5 warm-up rounds), so drift hits both. */
    static double[] pair(int n, String[] a, String[] b) throws Exception {
        for (int i = 0; i < n / 5; i++) {
            check(send(a[0], a[1], a[2], a[3]));
            check(send(b[0], b[1], b[2], b[3]));
        }
        long ta = 0;
        long tb = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            check(send(a[0], a[1], a[2], a[3]));
            long t1 = System.nanoTime();
            check(send(b[0], b[1], b[2], b[3]));
            ta += t1 - t0;
            tb += System.nanoTime() - t1;
        }
        return new double[] { ta / 1000.0 / n, tb / 1000.0 / n };
    }

    static void check(HttpResponse<String> r) {
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
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

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static long median(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }
}
