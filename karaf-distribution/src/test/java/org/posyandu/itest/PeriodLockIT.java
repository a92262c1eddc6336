package org.posyandu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Verification and locking of a Posyandu's month through the running platform: the desa admin verifies and sends
 * back, the kabupaten locks and reopens, a locked month refuses submissions (single and per /sync item), every step
 * is in the history, each admin sees only their own area, and the reports say what is verified. Each test uses its
 * own month, so the tests do not depend on their order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PeriodLockIT extends PlatformTestSupport {
    private static final String PASSWORD = "periode-Uji-2026-panjang";
    private static final String DESA = "16.71.17.1003";
    private static final String DESA_OKU = "16.01.07.2001";
    private static final YearMonth NOW = YearMonth.now();
    private static String p1;
    private static String p2;
    private static String pOku;
    private static String child1;
    private static String child2;
    private static String child3;
    private static String childOku;
    private static String kader;
    private static String kaderOku;
    private static String desa;
    private static String kabupaten;
    private static String oku;

    @Before
    public void setUp() throws Exception {
        awaitUp();
        if (p1 != null) {
            return;
        }
        p1 = id(post("/posyandu", "{\"nama\":\"Posyandu Periode " + UUID.randomUUID() + "\",\"desaKode\":\"" + DESA + "\"}"));
        p2 = id(post("/posyandu", "{\"nama\":\"Posyandu Periode " + UUID.randomUUID() + "\",\"desaKode\":\"" + DESA + "\"}"));
        pOku = id(post("/posyandu", "{\"nama\":\"Posyandu OKU " + UUID.randomUUID() + "\",\"desaKode\":\"" + DESA_OKU + "\"}"));
        String born = NOW.minusMonths(20).atDay(3).toString();
        child1 = child("Rina", born, DESA, p1, "0101");
        child2 = child("Sinta", born, DESA, p1, "0102");
        child3 = child("Wati", born, DESA, p1, "0103");
        childOku = child("Tono", born, DESA_OKU, pOku, "0104");
        user("kader-periode", "\"role\":\"KADER\",\"posyanduIds\":[\"" + p1 + "\"]");
        user("kader-periode-oku", "\"role\":\"KADER\",\"posyanduIds\":[\"" + pOku + "\"]");
        user("desa-periode", "\"role\":\"ADMIN_DESA\",\"wilayah\":\"" + DESA + "\"");
        user("kab-periode", "\"role\":\"ADMIN_KABUPATEN\",\"wilayah\":\"16.71\"");
        user("oku-periode", "\"role\":\"ADMIN_KABUPATEN\",\"wilayah\":\"16.01\"");
        kader = login("kader-periode", PASSWORD);
        kaderOku = login("kader-periode-oku", PASSWORD);
        desa = login("desa-periode", PASSWORD);
        kabupaten = login("kab-periode", PASSWORD);
        oku = login("oku-periode", PASSWORD);
    }

    @Test
    public void aMonthIsVerifiedSentBackLockedAndReopenedWithItsHistory() throws Exception {
        String month = NOW.toString();
        String path = "/posyandu/" + p1 + "/periode/" + month;
        assertEquals(201, weigh(kader, p1, child1, NOW.atDay(1)).status);

        Reply open = call(kader, "GET", path, null);
        assertEquals(open.toString(), 200, open.status);
        assertEquals("terbuka", open.json.path("status").asText());
        assertEquals(NOW.plusMonths(1).atDay(5).toString(), open.json.path("batas").asText());
        assertProblem(call(kader, "POST", path + "/verifikasi", null), 403, "forbidden", null);

        assertEquals("diverifikasi", step(desa, path + "/verifikasi", null).path("status").asText());
        assertProblem(call(desa, "POST", path + "/kembalikan", "{}"), 422, "validation", "alasan required");
        assertEquals("dikembalikan", step(desa, path + "/kembalikan", "BB Rina belum ditimbang ulang").path("status").asText());
        Reply seen = call(kader, "GET", path, null);
        assertEquals("BB Rina belum ditimbang ulang", seen.json.path("alasan").asText());
        assertEquals(201, weigh(kader, p1, child2, NOW.atDay(1)).status); // the kader corrects while sent back
        assertEquals("diverifikasi", step(desa, path + "/verifikasi", null).path("status").asText());

        assertProblem(call(desa, "POST", path + "/kunci", "{}"), 403, "forbidden", null);
        assertEquals("dikunci", step(kabupaten, path + "/kunci", null).path("status").asText());
        Reply refused = weigh(kader, p1, child3, NOW.atDay(1));
        assertProblem(refused, 409, "periode-dikunci", "periode periode.dikunci");

        assertProblem(call(oku, "GET", path, null), 404, "not-found", null);
        assertProblem(call(oku, "POST", path + "/buka", "{\"alasan\":\"x\"}"), 404, "not-found", null);
        assertProblem(call(kabupaten, "POST", path + "/buka", "{}"), 422, "validation", "alasan required");
        JsonNode reopened = step(kabupaten, path + "/buka", "Koreksi dari bidan desa");
        assertEquals("terbuka", reopened.path("status").asText());
        assertTrue(reopened.path("dibukaKembali").asBoolean());
        assertEquals(201, weigh(kader, p1, child3, NOW.atDay(1)).status);

        Reply history = call(kader, "GET", path + "/riwayat", null);
        assertEquals(history.toString(), 200, history.status);
        List<String> steps = new ArrayList<>();
        history.json.forEach(e -> steps.add(e.path("aksi").asText() + ":" + e.path("status").asText() + ":"
                + e.path("oleh").asText()));
        assertEquals(List.of("verifikasi:diverifikasi:desa-periode", "kembalikan:dikembalikan:desa-periode",
                "verifikasi:diverifikasi:desa-periode", "kunci:dikunci:kab-periode", "buka:terbuka:kab-periode"), steps);
        assertEquals("Koreksi dari bidan desa", history.json.get(4).path("alasan").asText());
        Reply audit = call(kabupaten, "GET", "/audit?action=PERIODE_BUKA", null);
        assertEquals(audit.toString(), 200, audit.status);
        assertTrue(audit.body, audit.body.contains(p1 + "/" + month));
    }

    @Test
    public void aSyncItemOfALockedMonthIsRefusedOnItsOwn() throws Exception {
        YearMonth last = NOW.minusMonths(1);
        step(desa, "/posyandu/" + p1 + "/periode/" + last + "/verifikasi", null);
        assertEquals("dikunci", step(kabupaten, "/posyandu/" + p1 + "/periode/" + last + "/kunci", "H+5 lewat")
                .path("status").asText());
        String body = "{\"submissions\":[" + syncItem(p1, child1, last.atDay(10)) + "," + syncItem(p1, child1,
                NOW.minusMonths(2).atDay(10)) + "]}";
        Reply r = call(kader, "POST", "/sync", body);
        assertEquals(r.toString(), 200, r.status);
        JsonNode results = r.json.path("results");
        assertEquals(r.body, 409, results.get(0).path("status").asInt());
        assertEquals("urn:posyandu:problem:periode-dikunci", results.get(0).path("problem").path("type").asText());
        assertEquals("periode", results.get(0).path("problem").path("errors").get(0).path("field").asText());
        assertEquals(r.body, 201, results.get(1).path("status").asInt());
    }

    @Test
    public void theQueueAndTheKabupatenLockStayInsideTheCallersArea() throws Exception {
        YearMonth month = NOW.minusMonths(3);
        assertEquals(201, weigh(kader, p1, child1, month.atDay(12)).status);
        Reply q = call(desa, "GET", "/periode/" + month, null);
        assertEquals(q.toString(), 200, q.status);
        assertEquals(DESA, q.json.path("wilayah").asText());
        JsonNode row = row(q.json, p1);
        assertEquals("terbuka", row.path("status").asText());
        assertEquals(1, row.path("kiriman").asInt());
        assertEquals(q.json.path("total").asInt(), q.json.path("ringkasan").path("terbuka").asInt());
        assertProblem(call(desa, "GET", "/periode/" + month + "?wilayah=16.71", null), 403, "forbidden", "wilayah scope");
        assertProblem(call(kader, "GET", "/periode/" + month, null), 403, "forbidden", null);
        assertProblem(call(desa, "GET", "/periode/2026-13", null), 422, "validation", "periode format");

        assertProblem(call(oku, "POST", "/periode/" + month + "/kunci", "{\"kabupaten\":\"16.71\"}"), 403, "forbidden",
                "kabupaten scope");
        Reply locked = call(kabupaten, "POST", "/periode/" + month + "/kunci", "{\"kabupaten\":\"16.71\",\"alasan\":\"tutup buku\"}");
        assertEquals(locked.toString(), 200, locked.status);
        assertEquals(locked.json.path("total").asInt(), locked.json.path("ringkasan").path("dikunci").asInt());
        assertProblem(weigh(kader, p1, child2, month.atDay(12)), 409, "periode-dikunci", "periode periode.dikunci");
        assertEquals("terbuka", call(oku, "GET", "/posyandu/" + pOku + "/periode/" + month, null).json.path("status").asText());
    }

    @Test
    public void aKabupatenMaySetItsDeadlineAndLockAutomatically() throws Exception {
        assertProblem(call(kabupaten, "PUT", "/periode/batas/16.01", "{\"hari\":3}"), 403, "forbidden", "kabupaten scope");
        assertProblem(call(oku, "PUT", "/periode/batas/16.01", "{\"hari\":40}"), 422, "validation", "hari range");
        Reply set = call(oku, "PUT", "/periode/batas/16.01", "{\"hari\":3,\"kunciOtomatis\":true}");
        assertEquals(set.toString(), 200, set.status);
        assertEquals(3, set.json.path("hari").asInt());
        assertEquals("oku-periode", set.json.path("diubahOleh").asText());
        YearMonth last = NOW.minusMonths(2); // its deadline, day 3 of the month after, has passed whatever today is
        JsonNode state = call(kaderOku, "GET", "/posyandu/" + pOku + "/periode/" + last, null).json;
        assertEquals("dikunci", state.path("status").asText());
        assertTrue(state.path("otomatis").asBoolean());
        assertProblem(weigh(kaderOku, pOku, childOku, last.atDay(8)), 409, "periode-dikunci", "periode periode.dikunci");
        step(oku, "/posyandu/" + pOku + "/periode/" + last + "/buka", "Data susulan kader");
        assertEquals(201, weigh(kaderOku, pOku, childOku, last.atDay(8)).status);
        // Kota Palembang keeps the default rule
        assertEquals(5, call(kabupaten, "GET", "/periode/batas/16.71", null).json.path("hari").asInt());
    }

    @Test
    public void reportsSayWhichFiguresAreVerified() throws Exception {
        YearMonth month = NOW.minusMonths(4);
        assertEquals(201, weigh(kader, p1, child1, month.atDay(9)).status);
        step(desa, "/posyandu/" + p1 + "/periode/" + month + "/verifikasi", null);
        Reply skdn = call(desa, "GET", "/spm/kesehatan/laporan/skdn?wilayah=" + DESA + "&bulan=" + month, null);
        assertEquals(skdn.toString(), 200, skdn.status);
        JsonNode whole = skdn.json.path("verifikasi");
        assertEquals(skdn.body, 1, whole.path("diverifikasi").asInt());
        assertEquals(skdn.json.path("bagian").size(), whole.path("diverifikasi").asInt() + whole.path("terbuka").asInt());
        assertEquals("diverifikasi", row(skdn.json.path("bagian"), p1).path("verifikasi").path("status").asText());
        assertEquals("terbuka", row(skdn.json.path("bagian"), p2).path("verifikasi").path("status").asText());
        Reply one = call(kader, "GET", "/spm/kesehatan/laporan/skdn?posyandu=" + p1 + "&bulan=" + month, null);
        assertEquals(one.toString(), 200, one.status);
        assertEquals("diverifikasi", one.json.path("verifikasi").path("status").asText());
    }

    private static JsonNode row(JsonNode queueOrRows, String posyanduId) {
        JsonNode rows = queueOrRows.has("posyandu") ? queueOrRows.path("posyandu") : queueOrRows;
        for (JsonNode r : rows) {
            if (posyanduId.equals(r.path("posyanduId").asText(r.path("kode").asText()))) {
                return r;
            }
        }
        throw new AssertionError("no row " + posyanduId + " in " + rows);
    }

    private static JsonNode step(String token, String path, String alasan) throws Exception {
        // verifikasi takes no body; the other steps a JSON object, {} when there is no reason
        String body = alasan != null ? "{\"alasan\":\"" + alasan + "\"}" : path.endsWith("/verifikasi") ? null : "{}";
        Reply r = call(token, "POST", path, body);
        assertEquals(r.toString(), 200, r.status);
        return r.json;
    }

    private static void assertProblem(Reply r, int status, String type, String fieldRule) {
        assertEquals(r.toString(), status, r.status);
        assertEquals(r.toString(), "application/problem+json", r.contentType);
        assertEquals(r.toString(), "urn:posyandu:problem:" + type, r.json.path("type").asText());
        if (fieldRule != null) {
            JsonNode e = r.json.path("errors").get(0);
            assertEquals(r.toString(), fieldRule, e.path("field").asText() + " " + e.path("rule").asText());
        }
    }

    private static Reply weigh(String token, String posyandu, String child, LocalDate date) throws Exception {
        return callWithHeader(token, "POST", "/posyandu/" + posyandu + "/forms/kesehatan.penimbangan/submissions",
                weighingBody(child, date), "Idempotency-Key", UUID.randomUUID().toString());
    }

    private static String weighingBody(String child, LocalDate date) {
        return "{\"wargaId\":\"" + child + "\",\"tanggal\":\"" + date + "\",\"data\":{\"beratKg\":9.5,"
                + "\"vitaminA\":\"tidak\",\"pmtDiterima\":false}}";
    }

    private static String syncItem(String posyandu, String child, LocalDate date) {
        return "{\"idempotencyKey\":\"" + UUID.randomUUID() + "\",\"posyanduId\":\"" + posyandu
                + "\",\"formId\":\"kesehatan.penimbangan\"," + weighingBody(child, date).substring(1);
    }

    /** A girl born on {@code born}, with a NIK of her kecamatan and birth date. */
    private static String child(String nama, String born, String desaKode, String posyandu, String serial)
            throws Exception {
        LocalDate d = LocalDate.parse(born);
        String nik = desaKode.substring(0, 8).replace(".", "") + String.format("%02d%02d%02d", d.getDayOfMonth() + 40,
                d.getMonthValue(), d.getYear() % 100) + serial;
        return id(post("/warga", "{\"nik\":\"" + nik + "\",\"nama\":\"" + nama + "\",\"jenisKelamin\":\"P\",\"tanggalLahir\":\"" + born
                + "\",\"desaKode\":\"" + desaKode + "\",\"posyanduId\":\"" + posyandu + "\"}"));
    }

    private static void user(String username, String roleAndScope) throws Exception {
        id(post("/users", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"," + roleAndScope + "}"));
    }
}
