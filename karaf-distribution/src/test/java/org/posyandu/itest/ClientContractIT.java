package org.posyandu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the offline web app relies on from the server: every sync item is answered on its own whatever happens to
 * another; impossible input is a 422 naming the field, never a 500; two simultaneous changes of one record answer
 * 409 to the loser, never a 500.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ClientContractIT extends PlatformTestSupport {
    private static final String PASSWORD = "sinkron-Uji-2026-panjang";
    private static final String DESA = "16.71.17.1003";
    private static String posyandu;
    private static String child;
    private static String kader;

    @Before
    public void setUp() throws Exception {
        awaitUp();
        if (posyandu != null) {
            return;
        }
        posyandu = id(post("/posyandu", "{\"nama\":\"Posyandu Sinkron " + UUID.randomUUID() + "\",\"desaKode\":\"" + DESA + "\"}"));
        child = id(post("/warga", "{\"nik\":\"1671171003260002\",\"nama\":\"Adik Sinkron\",\"jenisKelamin\":\"L\","
                + "\"tanggalLahir\":\"2026-03-10\",\"desaKode\":\"" + DESA + "\",\"posyanduId\":\"" + posyandu + "\"}"));
        id(post("/users", "{\"username\":\"kader-sinkron\",\"password\":\"" + PASSWORD + "\",\"role\":\"KADER\","
                + "\"posyanduIds\":[\"" + posyandu + "\"]}"));
        kader = login("kader-sinkron", PASSWORD);
    }

    @Test
    public void everySyncItemIsAnsweredOnItsOwnAndTheOthersAreStored() throws Exception {
        List<String> items = new ArrayList<>();
        items.add(weighing("2026-04-12", "5.5"));
        items.add(weighing("2026-03-01", "3.1")); // nine days before the child was born
        items.add(weighing("2026-05-12", "1e400")); // beyond a double
        items.add(weighing("2026-05-12", "-1e400"));
        items.add(weighing("2026-13-01", "6.0")); // no such month
        items.add(weighing("2026-06-12", "6.4"));
        Reply r = call(kader, "POST", "/sync", "{\"submissions\":[" + String.join(",", items) + "]}");
        assertEquals(r.toString(), 200, r.status);
        JsonNode results = r.json.path("results");
        assertEquals(r.body, 6, results.size());
        List<Integer> statuses = new ArrayList<>();
        results.forEach(x -> statuses.add(x.path("status").asInt()));
        assertEquals(r.body, List.of(201, 422, 422, 422, 422, 201), statuses);
        assertEquals("tanggal notBeforeBirth", firstError(results.get(1).path("problem")));
        assertEquals("data.beratKg maximum", firstError(results.get(2).path("problem")));
        assertEquals("data.beratKg minimum", firstError(results.get(3).path("problem")));
        assertEquals("tanggal date", firstError(results.get(4).path("problem")));
        for (int i = 1; i <= 4; i++) {
            assertEquals(results.get(i).toString(), "urn:posyandu:problem:validation",
                    results.get(i).path("problem").path("type").asText());
            assertEquals("each answer names its own item", UUID.fromString(results.get(i).path("idempotencyKey")
                    .asText()).toString(), results.get(i).path("idempotencyKey").asText());
        }
        Reply stored = call(kader, "GET", "/posyandu/" + posyandu + "/forms/kesehatan.penimbangan/submissions", null);
        assertEquals(stored.toString(), 2, stored.json.size());
        // the whole batch again: what was stored answers as stored, the rest as before
        Reply again = call(kader, "POST", "/sync", "{\"submissions\":[" + String.join(",", items) + "]}");
        List<Integer> replayed = new ArrayList<>();
        again.json.path("results").forEach(x -> replayed.add(x.path("status").asInt()));
        assertEquals(again.body, List.of(200, 422, 422, 422, 422, 200), replayed);
    }

    @Test
    public void theSingleSubmissionEndpointAnswersTheSame422s() throws Exception {
        String path = "/posyandu/" + posyandu + "/forms/kesehatan.penimbangan/submissions";
        Reply beforeBirth = submit(path, body("2026-03-01", "3.1"));
        assertEquals(beforeBirth.toString(), 422, beforeBirth.status);
        assertEquals("application/problem+json", beforeBirth.contentType);
        assertEquals("tanggal notBeforeBirth", firstError(beforeBirth.json));
        for (String huge : List.of("1e400", "-1e400")) {
            Reply r = submit(path, body("2026-07-12", huge));
            assertEquals(r.toString(), 422, r.status);
            assertEquals(huge, "data.beratKg " + (huge.startsWith("-") ? "minimum" : "maximum"), firstError(r.json));
        }
        Reply badDate = submit(path, body("2026-13-01", "6.0"));
        assertEquals(badDate.toString(), 422, badDate.status);
        assertEquals("tanggal date", firstError(badDate.json));
    }

    @Test
    public void simultaneousChangesOfOneRecordAnswer409ToTheLoserNeverA500() throws Exception {
        String p = "/posyandu/" + posyandu;
        race("PUT " + p, n -> put(p, "{\"nama\":\"Posyandu Balapan " + n + "\",\"desaKode\":\"" + DESA + "\"}"));
        String w = "/warga/" + child;
        race("PUT " + w, n -> put(w, "{\"nik\":\"1671171003260002\",\"nama\":\"Adik Balapan " + n + "\","
                + "\"jenisKelamin\":\"L\",\"tanggalLahir\":\"2026-03-10\",\"desaKode\":\"" + DESA + "\","
                + "\"posyanduId\":\"" + posyandu + "\"}"));
        String user = id(post("/users", "{\"username\":\"kader-balapan\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"KADER\",\"posyanduIds\":[\"" + posyandu + "\"]}"));
        race("POST /users/{id}/enable|disable",
                n -> post("/users/" + user + (n % 2 == 0 ? "/disable" : "/enable"), null));
        // what the winners stored is intact and readable
        assertEquals(200, get(p).status);
        assertEquals(200, get(w).status);
    }

    @Test
    public void theOpenApiDocumentIsPublicGeneratedAndListsTheEndpointsWithTheirAccess() throws Exception {
        Reply r = call(null, "GET", "/openapi.json", null);
        assertEquals(r.toString(), 200, r.status);
        assertTrue(r.contentType, r.contentType.startsWith("application/json"));
        assertTrue(r.json.path("openapi").asText(), r.json.path("openapi").asText().matches("3\\.0\\.\\d+|3\\.1\\.0"));
        assertEquals("/api/v1", r.json.path("servers").get(0).path("url").asText());
        JsonNode paths = r.json.path("paths");
        JsonNode sync = paths.path("/sync").path("post");
        assertEquals(r.body, "KADER", sync.path("x-minimum-role").asText());
        assertEquals("[{\"bearer\":[]}]", sync.path("security").toString());
        assertEquals("id", paths.path("/posyandu/{id}").path("get").path("parameters").get(0).path("name").asText());
        assertEquals("[]", paths.path("/health").path("get").path("security").toString());
        assertEquals("[]", paths.path("/openapi.json").path("get").path("security").toString());
        // every resource the API serves is in it, the module-served form endpoints too
        for (String p : List.of("/auth/token", "/warga/{id}", "/posyandu/{id}/forms/{formId}/submissions",
                "/spm/{module}/laporan/{report}", "/kabupaten/{kode}/modules/{moduleId}", "/audit")) {
            assertTrue(p, paths.has(p));
        }
        assertTrue(r.json.path("components").path("schemas").has("Problem"));
    }

    @Test
    public void cxfsGeneratedWadlIsOff() throws Exception {
        // (/api/v1?_wadl is redirected to /api/v1/?_wadl by Jetty, as any context root without its slash)
        for (String path : List.of("/?_wadl", "/posyandu?_wadl", "/wilayah/16?_wadl", "/health?%5Fwadl")) {
            for (String token : java.util.Arrays.asList(null, kader)) {
                Reply r = call(token, "GET", path, null);
                assertEquals(path + ": " + r, 404, r.status);
                assertEquals(path, "application/problem+json", r.contentType);
                assertTrue(path + ": " + r.body, !r.body.contains("wadl") && !r.body.contains("<application"));
            }
        }
    }

    /** One request of a race; {@code n} tells the racers apart. */
    private interface Racer {
        Reply send(int n) throws Exception;
    }

    /**
     * Sends rounds of simultaneous requests until one of them lost a race (answered 409), within a deadline; every
     * answer of every round must be 200, or 409 {@code concurrent-update} as problem+json.
     */
    private static void race(String what, Racer racer) throws Exception {
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int conflicts = 0;
        int rounds = 0;
        try {
            while (conflicts == 0 && System.nanoTime() < deadline) {
                rounds++;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Reply>> answers = new ArrayList<>();
                for (int i = 0; i < racers; i++) {
                    int n = rounds * racers + i;
                    answers.add(pool.submit(() -> {
                        start.await();
                        return racer.send(n);
                    }));
                }
                start.countDown();
                for (Future<Reply> f : answers) {
                    Reply r = f.get(60, TimeUnit.SECONDS);
                    if (r.status == 409) {
                        conflicts++;
                        assertEquals(what + ": " + r, "application/problem+json", r.contentType);
                        assertEquals(what + ": " + r, "urn:posyandu:problem:concurrent-update", r.json.path("type").asText());
                    } else {
                        assertEquals(what + ": " + r, 200, r.status);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println(what + ": " + conflicts + " lost races answered 409 in " + rounds + " rounds");
        assertTrue(what + ": no race was lost within 60 s of simultaneous requests", conflicts > 0);
    }

    private static Reply submit(String path, String json) throws Exception {
        return callWithHeader(kader, "POST", path, json, "Idempotency-Key", UUID.randomUUID().toString());
    }

    private static String body(String tanggal, String beratKg) {
        return "{\"wargaId\":\"" + child + "\",\"tanggal\":\"" + tanggal + "\",\"data\":{\"beratKg\":" + beratKg
                + ",\"vitaminA\":\"tidak\",\"pmtDiterima\":false}}";
    }

    private static String weighing(String tanggal, String beratKg) {
        return "{\"idempotencyKey\":\"" + UUID.randomUUID() + "\",\"posyanduId\":\"" + posyandu
                + "\",\"formId\":\"kesehatan.penimbangan\"," + body(tanggal, beratKg).substring(1);
    }

    private static String firstError(JsonNode problem) {
        JsonNode e = problem.path("errors").get(0);
        assertTrue(problem.toString(), e != null);
        return e.path("field").asText() + " " + e.path("rule").asText();
    }
}
