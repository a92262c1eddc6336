import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Response times of {@code GET /spm/kesehatan/laporan/skdn} for a kabupaten, its largest kecamatan and that
 * kecamatan's largest desa (by S), through the full stack (HTTP, token, scope and activation checks, the report's
 * three queries on Derby, the audit entry with its commit, JSON). One client, calls in turn kabupaten, kecamatan,
 * desa so drift hits all three; then the kabupaten again with weighings at 10 and at 100 Posyandu before each
 * call. Run by docs/bench/skdn.sh.
 *
 * <pre>java SkdnBench.java BASE_URL ADMIN_PASSWORD KABUPATEN YYYY-MM CALLS LABEL [EXPECTED_FILE]</pre>
 */
public class SkdnBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern PART = Pattern.compile("\\{\"kode\":\"([^\"]+)\",\"nama\":\"([^\"]*)\",\"tingkat\":\"(\\w+)\",\"S\":(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String kabupaten = args[2];
        String bulan = args[3];
        int calls = Integer.parseInt(args[4]);
        String label = args[5];
        String token = field(send(base + "/auth/token", null, "{\"username\":\"admin\",\"password\":\"" + args[1] + "\"}"),
                "access_token");

        // the report is served once the kesehatan bundle is up; the first call also compiles the statements
        long t0 = System.nanoTime();
        String kab = null;
        for (int i = 0; i < 240 && kab == null; i++) {
            HttpResponse<String> r = get(base, token, kabupaten, bulan);
            if (r.statusCode() == 200) {
                kab = r.body();
            } else {
                Thread.sleep(250);
            }
        }
        if (kab == null) {
            throw new IllegalStateException("SKDN report not served for " + kabupaten);
        }
        System.out.printf("[%s] first kabupaten call (cold: statement compilation, empty caches; every Posyandu counted and kept): %.0f ms%n", label,
                (System.nanoTime() - t0) / 1e6);
        String[] kec = largestPart(kab);
        String[] desa = largestPart(body(base, token, kec[0], bulan));

        Map<String, String> levels = new LinkedHashMap<>();
        levels.put("kabupaten " + kabupaten + " " + name(kab), kabupaten);
        levels.put("kecamatan " + kec[0] + " " + kec[1], kec[0]);
        levels.put("desa " + desa[0] + " " + desa[1], desa[0]);
        Map<String, long[]> times = new LinkedHashMap<>();
        levels.keySet().forEach(k -> times.put(k, new long[calls]));
        for (int round = -10; round < calls; round++) { // 10 warm-up rounds
            for (Map.Entry<String, String> level : levels.entrySet()) {
                long s = System.nanoTime();
                HttpResponse<String> r = get(base, token, level.getValue(), bulan);
                long ns = System.nanoTime() - s;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(r.statusCode() + " " + r.body());
                }
                if (round >= 0) {
                    times.get(level.getKey())[round] = ns;
                }
            }
        }
        for (Map.Entry<String, long[]> t : times.entrySet()) {
            long[] ns = t.getValue();
            Arrays.sort(ns);
            String figures = headline(body(base, token, levels.get(t.getKey()), bulan));
            System.out.printf("[%s] %-48s min %5.0f  median %5.0f  p95 %5.0f  max %5.0f ms (%d calls)   %s%n", label, t.getKey(),
                    ns[0] / 1e6, ns[ns.length / 2] / 1e6, ns[(int) Math.ceil(ns.length * 0.95) - 1] / 1e6, ns[ns.length - 1] / 1e6,
                    ns.length, figures);
        }
        String top = kab.substring(0, kab.indexOf(",\"bagian\""));
        System.out.println("[" + label + "] kabupaten response: " + top + ", \"bagian\": " + count(kab) + " kecamatan}");
        if (args.length > 6) {
            check(top, Files.readString(Path.of(args[6])).trim());
        }
        afterWrites(base, token, kabupaten, bulan, label);
    }

    /**
     * The kabupaten report while kader keep working: before each call, weighings dated today at n Posyandu picked at
     * random (each a child not weighed yet this month), so those Posyandu's kept figures are stale and counted again.
     * n = 10 is a busy hour of posyandu days; n = 100 is past SkdnReport.ONE_BY_ONE, so the whole kabupaten is
     * counted again in one go. The month reported (the last complete one) is unchanged by the new weighings.
     */
    static void afterWrites(String base, String token, String kabupaten, String bulan, String label) throws Exception {
        List<String> posyandu = new ArrayList<>();
        for (int offset = 0;; offset += 500) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/posyandu?wilayah=" + kabupaten
                    + "&limit=500&offset=" + offset)).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\"").matcher(r.body());
            int before = posyandu.size();
            while (m.find()) {
                posyandu.add(m.group(1));
            }
            if (posyandu.size() - before < 500) {
                break;
            }
        }
        String headline = headline(body(base, token, kabupaten, bulan));
        Map<String, Integer> weighed = new HashMap<>();
        Random random = new Random(42);
        String today = LocalDate.now().toString();
        for (int n : new int[] { 10, 100 }) {
            int rounds = n == 10 ? 10 : 4;
            long[] ns = new long[rounds];
            long writing = 0;
            for (int round = 0; round < rounds; round++) {
                Collections.shuffle(posyandu, random);
                long w = System.nanoTime();
                for (String id : posyandu.subList(0, n)) {
                    // the next child of the Posyandu not weighed yet this month (an earlier run may have weighed some)
                    while (!weigh(base, token, id, weighed.merge(id, 1, Integer::sum) - 1, today)) {
                        // try the next
                    }
                }
                writing += System.nanoTime() - w;
                long s = System.nanoTime();
                String kab = body(base, token, kabupaten, bulan);
                ns[round] = System.nanoTime() - s;
                if (!headline(kab).equals(headline)) {
                    throw new IllegalStateException("the report of " + bulan + " changed: " + headline(kab) + " vs " + headline);
                }
            }
            Arrays.sort(ns);
            System.out.printf("[%s] kabupaten after weighings at %3d Posyandu  min %5.0f  median %5.0f  max %5.0f ms (%d calls;"
                    + " the %d weighings took %.0f ms each)%n", label, n, ns[0] / 1e6, ns[ns.length / 2] / 1e6,
                    ns[ns.length - 1] / 1e6, rounds, n * rounds, writing / 1e6 / (n * rounds));
        }
    }

    /**
     * Weighs the {@code nth} balita of a Posyandu today, with a plausible weight for its age (WHO median, roughly);
     * false if that child was already weighed this month.
     */
    static boolean weigh(String base, String token, String posyanduId, int nth, String today) throws Exception {
        HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/warga?posyanduId=" + posyanduId
                + "&kelompok=balita&limit=1&offset=" + nth)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String child = number(list.body(), "\"id\":\"([0-9a-f-]{36})\"");
        LocalDate born = LocalDate.parse(number(list.body(), "\"tanggalLahir\":\"([0-9-]{10})\""));
        long months = java.time.temporal.ChronoUnit.MONTHS.between(born, LocalDate.now());
        double kg = months <= 12 ? 3.3 + 0.55 * months : 9.6 + 0.18 * (months - 12);
        String body = "{\"wargaId\":\"" + child + "\",\"tanggal\":\"" + today + "\",\"data\":{\"beratKg\":"
                + String.format(java.util.Locale.ROOT, "%.1f", kg) + ",\"vitaminA\":\"tidak\",\"pmtDiterima\":false}}";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/posyandu/" + posyanduId
                + "/forms/kesehatan.penimbangan/submissions")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 422 && r.body().contains("kesehatan.sudahDitimbang")) {
            return false;
        }
        if (r.statusCode() != 201) {
            throw new IllegalStateException("weighing at " + posyanduId + ": " + r.statusCode() + " " + r.body());
        }
        return true;
    }

    /** The generator's own count of the latest month against the report's. */
    static void check(String top, String expected) {
        Map<String, String> got = new LinkedHashMap<>();
        for (String k : List.of("S", "K", "D", "N", "T", "2T", "O", "B")) {
            got.put(k, number(top, "\"" + k + "\":(\\d+)"));
        }
        for (String g : List.of("stunting", "wasting", "underweight")) {
            Matcher m = Pattern.compile("\"" + g + "\":\\{\"kasus\":(\\d+),\"diukur\":(\\d+)").matcher(top);
            got.put(g, m.find() ? m.group(1) + "/" + m.group(2) : "?");
        }
        List<String> wrong = new ArrayList<>();
        for (String pair : expected.split(" ")) {
            String[] kv = pair.split("=");
            if (got.containsKey(kv[0]) && !got.get(kv[0]).equals(kv[1])) {
                wrong.add(kv[0] + ": report " + got.get(kv[0]) + ", generated " + kv[1]);
            }
        }
        System.out.println(wrong.isEmpty() ? "figures match the generator's own count (" + expected + ")"
                : "MISMATCH with the generator's count: " + wrong);
    }

    static String headline(String json) {
        return "S=" + number(json, "\"S\":(\\d+)") + " D=" + number(json, "\"D\":(\\d+)") + " parts=" + count(json);
    }

    static int count(String json) {
        Matcher m = PART.matcher(json.substring(json.indexOf("\"bagian\"")));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String[] largestPart(String json) {
        Matcher m = PART.matcher(json.substring(json.indexOf("\"bagian\"")));
        String[] best = null;
        long s = -1;
        while (m.find()) {
            if (Long.parseLong(m.group(4)) > s) {
                s = Long.parseLong(m.group(4));
                best = new String[] { m.group(1), m.group(2) };
            }
        }
        return best;
    }

    static String name(String json) {
        return number(json, "\"wilayah\":\\{[^}]*\"nama\":\"([^\"]*)\"");
    }

    static String number(String json, String regex) {
        Matcher m = Pattern.compile(regex).matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    static String body(String base, String token, String wilayah, String bulan) throws Exception {
        HttpResponse<String> r = get(base, token, wilayah, bulan);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static HttpResponse<String> get(String base, String token, String wilayah, String bulan) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/spm/kesehatan/laporan/skdn?wilayah=" + wilayah + "&bulan=" + bulan))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String send(String url, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
