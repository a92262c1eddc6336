package org.posyandu.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posyandu.itest.KarafProcess.JSON;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.posyandu.itest.web.Browser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Corrections and voids on the real built distribution: over HTTP, a back-filled weighing and a correction
 * recompute the next month's N/T and the SKDN, a retried PUT answers the same version, a void leaves the lists
 * and keeps the history; in a headless Chromium phone, a kader corrects a weighing from the resident's page and
 * voids another with the network cut, both through the phone's queue. Black-box via {@link KarafProcess} like
 * {@link WebAppIT}; skipped, loudly, without chromium (required when {@code POSYANDU_IT_REQUIRE_BROWSER=1}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorrectionsWebIT extends BrowserTestCase {
    private static final String PASSWORD = "Koreksi-Uji-Kader-2026";
    private static final String DESA = "16.71.17.1003";
    private static final String FORM = "kesehatan.penimbangan";
    private static final String NIK_FAJAR = "1671171005250011";
    private static String posyandu;
    private static String submissions;
    private static final List<String> children = new ArrayList<>();

    @BeforeAll
    static void startPlatform() throws Exception {
        start("CorrectionsWebIT", "corrections-it", 32000, 32280);
        posyandu = id(karaf.post("/posyandu", "{\"nama\":\"Posyandu Koreksi\",\"desaKode\":\"" + DESA + "\"}"));
        submissions = "/posyandu/" + posyandu + "/forms/" + FORM + "/submissions";
        id(karaf.post("/users", "{\"username\":\"kader.koreksi\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"KADER\",\"posyanduIds\":[\"" + posyandu + "\"]}"));
        String[][] anak = { { "Fajar", "L", NIK_FAJAR }, { "Gita", "P", "1671174106250012" },
                { "Hana", "P", "1671175208250013" } };
        for (String[] a : anak) {
            children.add(platform.resident(posyandu, DESA, a[0], a[1], a[2], LocalDate.now().minusMonths(10)));
        }
    }

    @Test
    @Order(1)
    void lateEntriesCorrectionsAndVoidsRecomputeTheNextMonthAndTheSkdn() throws Exception {
        String child = children.get(0);
        LocalDate lastMonth = LocalDate.now().minusMonths(1).withDayOfMonth(1);
        String thisMonth = id(karaf.submit(submissions, weighing(child, LocalDate.now().withDayOfMonth(1), "8.6")));
        assertEquals("B", nt(thisMonth), "the first weighing");
        // last month's weighing entered late: this month's becomes N (+400 g at 10 months)
        String late = id(karaf.submit(submissions, weighing(child, lastMonth, "8.2")));
        assertEquals("N", nt(thisMonth));
        assertEquals(1, skdn("N"));
        // the late weighing's weight was a typo: corrected, retried, and a reused key refused
        String key = UUID.randomUUID().toString();
        String corrected = "{\"wargaId\":\"" + child + "\",\"tanggal\":\"" + lastMonth + "\",\"alasan\":\"salah ketik\","
                + "\"data\":{\"beratKg\":8.9,\"vitaminA\":\"tidak\",\"pmtDiterima\":false}}";
        HttpResponse<String> put = karaf.send("PUT", submissions + "/" + late, corrected, key);
        assertEquals(200, put.statusCode(), put.body());
        assertEquals("false", put.headers().firstValue("Idempotent-Replayed").orElseThrow());
        assertEquals("2", put.headers().firstValue("Versi").orElseThrow());
        assertEquals(8.9, JSON.readTree(put.body()).path("data").path("beratKg").asDouble());
        HttpResponse<String> retry = karaf.send("PUT", submissions + "/" + late, corrected, key);
        assertEquals(200, retry.statusCode(), retry.body());
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElseThrow());
        HttpResponse<String> reused = karaf.send("PUT", submissions + "/" + late, corrected.replace("8.9", "9.0"), key);
        assertEquals(422, reused.statusCode(), reused.body());
        assertEquals("idempotencyKey.reused", JSON.readTree(reused.body()).path("errors").path(0).path("rule").asText());
        assertEquals("T", nt(thisMonth), "8.6 after 8.9: not gaining");
        assertEquals(0, skdn("N"));
        assertEquals(1, skdn("T"));
        // voided with a reason: out of the list and the SKDN, kept in the history
        HttpResponse<String> noReason = karaf.send("POST", submissions + "/" + late + "/batal", "{}", UUID.randomUUID().toString());
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertEquals("alasan", JSON.readTree(noReason.body()).path("errors").path(0).path("field").asText());
        HttpResponse<String> voided = karaf.send("POST", submissions + "/" + late + "/batal",
                "{\"alasan\":\"anak lain\"}", UUID.randomUUID().toString());
        assertEquals(200, voided.statusCode(), voided.body());
        assertEquals("dibatalkan", JSON.readTree(voided.body()).path("tindakan").asText());
        assertEquals("B", nt(thisMonth));
        assertEquals(404, karaf.get(submissions + "/" + late).statusCode());
        assertEquals(List.of(thisMonth), ids(karaf.get(submissions).body(), child));
        JsonNode all = JSON.readTree(karaf.get(submissions + "?termasukBatal=true").body());
        assertEquals(2, ids(all.toString(), child).size());
        JsonNode history = JSON.readTree(karaf.get(submissions + "/" + late + "/riwayat").body());
        assertEquals("[\"dibuat\",\"diubah\",\"dibatalkan\"]", tindakan(history));
        assertEquals("salah ketik", history.path(1).path("alasan").asText());
        assertEquals(405, karaf.send("DELETE", submissions + "/" + thisMonth, "{}", null).statusCode(), "never a delete");
        // the child's birth date corrected (4 months earlier): the age and z-scores of its weighing follow
        long ageBefore = JSON.readTree(karaf.get(submissions + "/" + thisMonth).body()).path("data").path("umurBulan").asLong();
        LocalDate born = LocalDate.now().minusMonths(14);
        HttpResponse<String> fixed = karaf.send("PUT", "/warga/" + child, BrowserPlatform.residentJson(posyandu, DESA,
                "Fajar", "L", BrowserPlatform.nik(NIK_FAJAR, "L", born), born), null);
        assertEquals(200, fixed.statusCode(), fixed.body());
        assertEquals(ageBefore + 4, JSON.readTree(karaf.get(submissions + "/" + thisMonth).body()).path("data")
                .path("umurBulan").asLong(), "umurBulan recomputed from the corrected birth date");
        JsonNode audit = JSON.readTree(karaf.get("/audit?objectType=submission&objectId=" + late).body());
        assertTrue(audit.toString().contains("VOID") && audit.toString().contains("UPDATE"), audit.toString());
    }

    @Test
    @Order(2)
    void aKaderCorrectsAWeighingFromTheResidentsPage() throws Exception {
        String child = children.get(1);
        String stored = kaderWeighs(child, "8.4"); // the kader's own: only its author (or an admin) may change it
        browser.open(app + "#/warga/" + child);
        browser.click("[data-kiriman-id='" + stored + "']");
        browser.find("#riwayat-kiriman [data-versi='1']");
        browser.fill("beratKg", "8.7");
        browser.type("#alasan-koreksi", "timbangan belum nol");
        browser.click("#simpan-form");
        browser.find("#perubahan-antri[data-jenis='ubah']");
        browser.open(app + "#/antrian");
        browser.click("#kirim-sekarang");
        browser.awaitText("#antrian-badge", "0");
        browser.screenshot("kader-koreksi-terkirim");
        JsonNode now = JSON.readTree(karaf.get(submissions + "/" + stored).body());
        assertEquals(8.7, now.path("data").path("beratKg").asDouble());
        JsonNode history = JSON.readTree(karaf.get(submissions + "/" + stored + "/riwayat").body());
        assertEquals("[\"dibuat\",\"diubah\"]", tindakan(history));
        assertEquals("timbangan belum nol", history.path(1).path("alasan").asText());
        assertEquals("kader.koreksi", history.path(1).path("oleh").asText());
    }

    @Test
    @Order(3)
    void aKaderVoidsAWeighingWithoutSignalAndItIsVoidedOnceWhenTheNetworkReturns() throws Exception {
        String child = children.get(2);
        String stored = kaderWeighs(child, "8.8");
        network.cut();
        networkCut = true;
        browser.open(app + "#/antrian");
        browser.click("[data-koreksi='" + stored + "']");
        browser.type("#alasan-batal", "anak salah dipilih");
        browser.click("#batalkan-kiriman");
        browser.find("#perubahan-antri[data-jenis='batal']");
        browser.reload();
        browser.awaitText("#antrian-badge", "1");
        assertEquals(List.of(stored), ids(karaf.get(submissions).body(), child), "nothing reached the server yet");
        network.restore();
        browser.open(app + "#/antrian");
        browser.click("#kirim-sekarang");
        browser.awaitText("#antrian-badge", "0");
        browser.click("#kirim-sekarang"); // a second round sends nothing again
        browser.awaitText("#antrian-badge", "0");
        assertEquals(List.of(), ids(karaf.get(submissions).body(), child));
        JsonNode history = JSON.readTree(karaf.get(submissions + "/" + stored + "/riwayat").body());
        assertEquals("[\"dibuat\",\"dibatalkan\"]", tindakan(history));
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private void loginAsKader() {
        browser.open(app);
        browser.type("#login-username", "kader.koreksi");
        browser.type("#login-password", PASSWORD);
        browser.click("#login-submit");
        browser.find("#keluar");
        browser.find("#data-hari-ini[data-siap='true']");
    }

    /** The kader logs in on a phone and weighs the child (online); answers the stored weighing's id. */
    private String kaderWeighs(String child, String kg) throws Exception {
        browser = Browser.phone();
        loginAsKader();
        browser.open(app + "#/timbang");
        browser.click("[data-warga-id='" + child + "']");
        browser.fill("beratKg", kg);
        browser.fill("vitaminA", "tidak");
        browser.fill("pmtDiterima", "false");
        browser.click("#simpan-form");
        browser.awaitAttribute("#hasil-penimbangan", "data-sementara", "false");
        List<String> stored = ids(karaf.get(submissions).body(), child);
        assertEquals(1, stored.size());
        return stored.get(0);
    }

    private static String weighing(String child, LocalDate tanggal, String kg) {
        return "{\"wargaId\":\"" + child + "\",\"tanggal\":\"" + tanggal + "\",\"data\":{\"beratKg\":" + kg
                + ",\"vitaminA\":\"tidak\",\"pmtDiterima\":false}}";
    }

    private static String nt(String submission) throws Exception {
        return JSON.readTree(karaf.get(submissions + "/" + submission).body()).path("data").path("naikBeratBadan").asText();
    }

    /** A figure of this month's SKDN of the desa. */
    private static int skdn(String figure) throws Exception {
        HttpResponse<String> r = karaf.get("/spm/kesehatan/laporan/skdn?wilayah=" + DESA + "&bulan=" + YearMonth.now());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path(figure).asInt();
    }

    private static List<String> ids(String listJson, String child) throws Exception {
        List<String> found = new ArrayList<>();
        for (JsonNode s : JSON.readTree(listJson)) {
            if (child.equals(s.path("wargaId").asText())) {
                found.add(s.path("id").asText());
            }
        }
        return found;
    }

    private static String tindakan(JsonNode history) {
        List<String> out = new ArrayList<>();
        history.forEach(v -> out.add("\"" + v.path("tindakan").asText() + "\""));
        return "[" + String.join(",", out) + "]";
    }

    private static String id(HttpResponse<String> created) throws Exception {
        return BrowserPlatform.id(created);
    }
}
