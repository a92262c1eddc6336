package org.posyandu.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.posyandu.itest.fuzz.Api;
import org.posyandu.itest.fuzz.Bodies;
import org.posyandu.itest.fuzz.Operation;
import org.posyandu.itest.fuzz.RawHttp;
import org.posyandu.itest.fuzz.Verdicts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Black-box fuzz run (issue 15, item 6) against the built distribution on ports 26xxx: every operation that
 * {@code /openapi.json} lists (so endpoints added later are covered) gets malformed bodies, extreme numbers,
 * wrong types, wrong and missing media types, oversized and NUL-carrying values, duplicate keys, and forged,
 * garbled and revoked tokens; then concurrent updates and deletes of one record, and requests only a raw socket
 * sends. It fails on any 5xx, any error answer that is not application/problem+json, and any refused write after
 * which a read shows a change. Fixed seed, bounded by construction (about 2,500 requests), counts printed.
 */
class FuzzIT {
    private static final long SEED = 15L;
    private static final String DESA = "16.71.17.1003";
    private final Random random = new Random(SEED);
    private final Verdicts verdicts = new Verdicts();
    private final Map<String, String> ids = new HashMap<>();
    private KarafProcess karaf;
    private Api api;
    private String token;
    private List<Operation> operations;

    @AfterEach
    void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    void noInputReachesA5xxOrLeavesATrace() throws Exception {
        karaf = KarafProcess.unpack("fuzz-it", 26000);
        karaf.start();
        api = new Api(karaf.httpPort, verdicts);
        token = login();
        String revoked = revokedToken();
        operations = Operation.all(KarafProcess.JSON.readTree(api.json("GET", "/openapi.json", null, null).body()));
        fixtures();
        long started = System.nanoTime();
        List<String> badTokens = List.of("", "Bearer", "Bearer v1.bm9wZQ.bm9wZQ", forgedExpiry(), "Bearer " + revoked,
                "Basic YWRtaW46YWRtaW4=", "Bearer " + token + "x");
        for (Operation op : operations) {
            sweep(op, badTokens);
        }
        concurrentWrites();
        rawRequests();
        System.out.printf("%s%nfuzz: %d operations from openapi.json, %.1f s%n", verdicts.report(), operations.size(),
                (System.nanoTime() - started) / 1e9);
        assertEquals(0, verdicts.failureCount(), verdicts.report());
        assertTrue(operations.size() >= 40, "openapi.json lists the API: " + operations.size());
    }

    private String login() throws Exception {
        Api.Answer r = api.json("POST", "/auth/token",
                "{\"username\":\"admin\",\"password\":\"" + KarafProcess.ADMIN_PASSWORD + "\"}", null);
        assertEquals(200, r.status(), r.body());
        return KarafProcess.JSON.readTree(r.body()).path("access_token").asText();
    }

    /** A genuine access token whose session was logged out. */
    private String revokedToken() throws Exception {
        Api.Answer r = api.json("POST", "/auth/token",
                "{\"username\":\"admin\",\"password\":\"" + KarafProcess.ADMIN_PASSWORD + "\"}", null);
        JsonNode pair = KarafProcess.JSON.readTree(r.body());
        api.json("POST", "/auth/logout", "{\"refresh_token\":\"" + pair.path("refresh_token").asText() + "\"}",
                pair.path("access_token").asText());
        return pair.path("access_token").asText();
    }

    /** The admin's own token with its expiry moved into the past (the signature no longer matches). */
    private String forgedExpiry() {
        String[] parts = token.split("\\.");
        String[] claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).split("\\|");
        claims[3] = "1000000000";
        return "Bearer " + parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join("|", claims).getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** Records the sweep may touch: a Posyandu, a pengurus, a funding row, a kader account, a form. */
    private void fixtures() throws Exception {
        ids.put("posyandu", created("/posyandu", "{\"nama\":\"Fuzz\",\"desaKode\":\"" + DESA + "\"}"));
        String p = "/posyandu/" + ids.get("posyandu");
        ids.put("pengurus", created(p + "/pengurus", "{\"nama\":\"Ani Fuzz\",\"jabatan\":\"" + firstEnum(p + "/pengurus",
                "jabatan") + "\",\"tanggalMulai\":\"2024-01-01\"}"));
        ids.put("pendanaan", created(p + "/pendanaan", pendanaan()));
        ids.put("users", created("/users", "{\"username\":\"fuzzkader\",\"password\":\"Kader-Fuzz-2026!x\","
                + "\"role\":\"KADER\",\"posyanduIds\":[\"" + ids.get("posyandu") + "\"]}"));
        JsonNode forms = KarafProcess.JSON.readTree(api.json("GET", p + "/forms", null, token).body());
        ids.put("forms", forms.path(0).path("id").asText(UUID.randomUUID().toString()));
        System.out.println("fuzz fixtures: " + ids);
    }

    private String pendanaan() {
        return "{\"sumber\":\"" + firstEnum("/posyandu/{posyanduId}/pendanaan", "sumber")
                + "\",\"tahun\":2025,\"jumlah\":1000000,\"peruntukan\":\"Uji\"}";
    }

    private String firstEnum(String path, String field) {
        for (Operation op : operations) {
            if (op.method().equals("POST") && op.bodySchema() != null && op.template().endsWith(
                    path.substring(path.lastIndexOf('/')))) {
                JsonNode e = op.bodySchema().path("properties").path(field).path("enum");
                if (e.size() > 0) {
                    return e.get(0).asText();
                }
            }
        }
        return "X";
    }

    /** The id of a record created for the run, or a random one (the endpoints are then fuzzed on a 404). */
    private String created(String path, String json) throws Exception {
        Api.Answer r = api.json("POST", path, json, token);
        if (r.status() != 201 && r.status() != 200) {
            System.out.println("fuzz: fixture " + path + " not created (" + r.status() + "): " + r.body());
            return UUID.randomUUID().toString();
        }
        return KarafProcess.JSON.readTree(r.body()).path("id").asText();
    }

    /** The template with real ids (or random ones, {@code real} false), the segment before each naming it. */
    private String fill(String template, boolean real) {
        String[] segments = template.split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String s = segments[i];
            if (s.startsWith("{")) {
                String before = segments[i - 1];
                String known = switch (before) {
                    case "kabupaten" -> "16.71";
                    case "wilayah" -> "16.71.17";
                    case "modules", "spm" -> "kesehatan";
                    default -> real ? ids.get(before) : null;
                };
                s = known != null ? known : new UUID(random.nextLong(), random.nextLong()).toString();
            }
            path.append('/').append(s);
        }
        return path.toString();
    }

    private void sweep(Operation op, List<String> badTokens) throws Exception {
        boolean delete = op.method().equals("DELETE");
        String path = fill(op.template(), true);
        String safePath = delete ? fill(op.template(), false) : path; // a real row is deleted only by the race below
        ObjectNode plausible = op.bodySchema() == null ? null : Bodies.plausible(op.bodySchema());
        byte[] body = plausible == null ? null : plausible.toString().getBytes(StandardCharsets.UTF_8);
        String witness = witness(op, path);
        for (String bad : badTokens) {
            write(op, path, witness, body, "Content-Type", "application/json", "Authorization", bad);
        }
        String auth = "Bearer " + token;
        if (body != null) {
            for (String type : new String[] { "garbage", "*/*", "text/plain", "application/json; charset=latin1",
                    "application/x-www-form-urlencoded" }) {
                write(op, safePath, witness, body, "Content-Type", type, "Authorization", auth);
            }
            write(op, safePath, witness, body, "Authorization", auth);
            List<String> bodies = new ArrayList<>(Bodies.MALFORMED);
            bodies.addAll(Bodies.hostile(plausible, random, 3, 8));
            bodies.add("{\"x\":\"" + "y".repeat(1_200_000) + "\"}");
            for (String b : bodies) {
                write(op, safePath, witness, b.getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json",
                        "Authorization", auth);
            }
        }
        String[] odd = { "1e400", "-1", "%00", "%27%20OR%201%3D1", "x".repeat(3000), "NaN", "99999999999999999999",
            "%F0%28%8C%28", "%ED%A0%80", "..%2f..%2f" };
        for (String q : op.query()) {
            for (int i = 0; i < 2; i++) {
                write(op, safePath + "?" + q + "=" + odd[random.nextInt(odd.length)], witness, body, "Content-Type",
                        "application/json", "Authorization", auth);
            }
        }
        if (op.template().endsWith("}")) {
            String parent = safePath.substring(0, safePath.lastIndexOf('/') + 1);
            for (int i = 0; i < 3; i++) {
                write(op, parent + odd[random.nextInt(odd.length)], witness, body, "Content-Type", "application/json",
                        "Authorization", auth);
            }
        }
    }

    /** Sends one request; a refused write is followed by a read of its witness, which must show no change. */
    private void write(Operation op, String path, String witness, byte[] body, String... headers) throws Exception {
        String before = witness == null || !op.writes() ? null : read(witness);
        List<String> h = new ArrayList<>();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (!headers[i + 1].isEmpty()) {
                h.add(headers[i]);
                h.add(headers[i + 1]);
            }
        }
        Api.Answer a = api.send(op.method(), path, body, h.toArray(String[]::new));
        if (before != null && a.status() >= 400) {
            verdicts.halfStored(op + " " + a.status(), before, read(witness));
        } else if (before != null && a.status() < 300) {
            String sent = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            verdicts.accepted(op + " " + a.status() + " " + sent.substring(0, Math.min(100, sent.length())),
                    read(witness));
        }
    }

    /** The read that shows whether a write to {@code path} stored anything: GET of it or of its nearest parent. */
    private String witness(Operation op, String path) {
        if (!op.writes()) {
            return null;
        }
        String template = op.template();
        String filled = path;
        while (template.lastIndexOf('/') > 0 || template.length() > 1) {
            String t = template;
            if (operations.stream().anyMatch(o -> o.method().equals("GET") && o.template().equals(t))) {
                return filled;
            }
            if (template.lastIndexOf('/') <= 0) {
                return null;
            }
            template = template.substring(0, template.lastIndexOf('/'));
            filled = filled.substring(0, filled.lastIndexOf('/'));
        }
        return null;
    }

    private String read(String path) throws Exception {
        return api.json("GET", path, null, token).body();
    }

    /** Two clients changing one record at once: every answer is the change or a 409, never a 500. */
    private void concurrentWrites() throws Exception {
        String p = "/posyandu/" + ids.get("posyandu");
        List<Callable<Api.Answer>> puts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String json = "{\"nama\":\"Serentak " + i + "\",\"desaKode\":\"" + DESA + "\"}";
            puts.add(() -> api.json("PUT", p, json, token));
        }
        expect("16 PUT " + p, Api.atOnce(puts), 200, 409);

        String row = created(p + "/pendanaan", pendanaan());
        List<Callable<Api.Answer>> deletes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            deletes.add(() -> api.json("DELETE", p + "/pendanaan/" + row, null, token));
        }
        List<Api.Answer> deleted = Api.atOnce(deletes);
        if (!Api.statuses(deleted).equals(Map.of(204, 1L, 404, 7L))) {
            verdicts.fail("8 DELETE " + p + "/pendanaan/" + row, "not one 204 and seven 404: " + Api.statuses(deleted));
        }

        List<Callable<Api.Answer>> toggles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String action = i % 2 == 0 ? "disable" : "enable";
            toggles.add(() -> api.json("POST", "/users/" + ids.get("users") + "/" + action, null, token));
        }
        expect("12 POST /users/{id}/disable|enable", Api.atOnce(toggles), 200, 204, 404, 409);

        String pengurus = p + "/pengurus/" + ids.get("pengurus");
        List<Callable<Api.Answer>> edits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String json = "{\"nama\":\"Ani " + i + "\",\"jabatan\":\"" + firstEnum(p + "/pengurus", "jabatan")
                    + "\",\"tanggalMulai\":\"2024-01-01\"}";
            edits.add(() -> api.json("PUT", pengurus, json, token));
        }
        expect("8 PUT " + pengurus, Api.atOnce(edits), 200, 404, 409);
    }

    private void expect(String what, List<Api.Answer> answers, Integer... allowed) {
        if (!List.of(allowed).containsAll(Api.statuses(answers).keySet())) {
            verdicts.fail(what, "answers " + Api.statuses(answers) + ", allowed " + List.of(allowed));
        }
    }

    /** Requests an HTTP client does not send: the web server's own answers must be problem documents too. */
    private void rawRequests() throws Exception {
        String auth = "Authorization: Bearer " + token;
        List<byte[]> requests = new ArrayList<>(List.of(
                RawHttp.get("/api/v1/health", "X-Uji: a\u0000b"),
                RawHttp.get("/api/v1/auth/me", "Authorization: Bearer " + "a".repeat(20_000)),
                RawHttp.get("/api/v1/posyandu", auth, "Content-Length: abc"),
                RawHttp.get("/api/v1/posyandu", auth, "X-Uji: \u00ff\u00fe"),
                RawHttp.get("/api/v1/%2e%2e%2f%2e%2e%2fetc/passwd"),
                RawHttp.get("/api/v1/..;/..;/etc/passwd"),
                RawHttp.get("/api/v1/posyandu/" + "x".repeat(9000), auth),
                RawHttp.get("/api/v1/tidak-ada", auth),
                RawHttp.get("/tidak-ada.html"),
                "GARBAGE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
                "TRACE /api/v1/posyandu HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
                "TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
                ("POST /api/v1/posyandu HTTP/1.1\r\nHost: x\r\n" + auth + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 2\r\nContent-Length: 40\r\nConnection: close\r\n\r\n{}")
                        .getBytes(StandardCharsets.ISO_8859_1)));
        for (byte[] request : requests) {
            RawHttp.Answer a = RawHttp.send(karaf.httpPort, request);
            String line = new String(request, 0, Math.min(60, request.length), StandardCharsets.ISO_8859_1);
            if (a.status() < 0) {
                verdicts.fail("raw " + line, "no HTTP answer: " + a.body());
            } else {
                verdicts.judge("raw " + line, a.status(), a.contentType(), a.body());
            }
        }
        String sid = UUID.randomUUID().toString();
        Api.Answer twice = api.send("POST", "/posyandu/" + ids.get("posyandu") + "/forms/" + ids.get("forms")
                + "/submissions", "{}".getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json",
                "Authorization", "Bearer " + token, "Idempotency-Key", sid, "Idempotency-Key", UUID.randomUUID().toString());
        if (twice.status() != 400) {
            verdicts.fail("two Idempotency-Key headers", "answered " + twice.status() + " " + twice.body());
        }
    }
}
