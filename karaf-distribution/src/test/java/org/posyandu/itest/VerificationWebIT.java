package org.posyandu.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posyandu.itest.KarafProcess.JSON;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * The verification screens in a real headless Chromium against the built distribution: the desa admin sends last
 * month back with a reason and the kader reads it on the home screen; the desa verifies, the kabupaten locks (the
 * kader sees it, the API refuses a late weighing with 409), reopens with a reason, and the history lists every
 * step. Fails on any console error or CSP violation; screenshots in {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerificationWebIT extends BrowserTestCase {
    private static final String PASSWORD = "Web-Uji-Verifikasi-2026";
    private static final String DESA = "16.71.17.1003";
    private static final YearMonth LAST = YearMonth.now().minusMonths(1);
    private static String posyandu;
    private static String child;
    private static String late;

    @BeforeAll
    static void startPlatform() throws Exception {
        start("VerificationWebIT", "verification-web-it", 21000, 21280);
        posyandu = BrowserPlatform.id(karaf.post("/posyandu", "{\"nama\":\"Posyandu Verifikasi " + UUID.randomUUID() + "\",\"desaKode\":\""
                + DESA + "\"}"));
        user("desa.web", "\"role\":\"ADMIN_DESA\",\"wilayah\":\"" + DESA + "\"");
        user("kab.web", "\"role\":\"ADMIN_KABUPATEN\",\"wilayah\":\"16.71\"");
        user("kader.web", "\"role\":\"KADER\",\"posyanduIds\":[\"" + posyandu + "\"]");
        child = child("Dimas", "0201");
        late = child("Sari", "0202");
        assertEquals(201, weigh(child, LAST.atDay(10)).statusCode());
    }

    @Test
    @Order(1)
    void theDesaSendsLastMonthBackWithAReasonAndTheKaderReadsIt() throws Exception {
        queueAs("desa.web");
        String row = "[data-periode-posyandu='" + posyandu + "']";
        browser.awaitAttribute(row, "data-status", "terbuka");
        browser.click(row + " [data-aksi='kembalikan']");
        browser.type("#alasan-" + posyandu, "Berat Dimas perlu ditimbang ulang");
        browser.click(row + " [data-aksi='kirim-alasan']");
        browser.awaitAttribute(row, "data-status", "dikembalikan");
        browser.awaitText("[data-alasan='" + posyandu + "']", "Alasan: Berat Dimas perlu ditimbang ulang");
        JsonNode state = state();
        assertEquals("dikembalikan", state.path("status").asText());
        assertEquals("desa.web", state.path("diubahOleh").asText());

        switchTo(Browser.phone(), "desa-dikembalikan");
        login("kader.web");
        String notice = "#status-periode [data-periode='" + LAST + "'][data-status='dikembalikan']";
        assertTrue(browser.text(notice).contains("Berat Dimas perlu ditimbang ulang"), browser.text(notice));
        browser.screenshot("kader-dikembalikan");
    }

    @Test
    @Order(2)
    void theDesaVerifiesTheKabupatenLocksAndReopensAndTheHistoryListsEveryStep() throws Exception {
        queueAs("desa.web");
        String row = "[data-periode-posyandu='" + posyandu + "']";
        browser.click(row + "[data-status='dikembalikan'] [data-aksi='verifikasi']");
        browser.awaitAttribute(row, "data-status", "diverifikasi");
        queueAs("kab.web");
        browser.click(row + "[data-status='diverifikasi'] [data-aksi='kunci']");
        browser.awaitAttribute(row, "data-status", "dikunci");
        HttpResponse<String> refused = weigh(late, LAST.atDay(20));
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("urn:posyandu:problem:periode-dikunci", JSON.readTree(refused.body()).path("type").asText());

        browser.click(row + " [data-aksi='buka']");
        browser.type("#alasan-" + posyandu, "Koreksi dari bidan desa");
        browser.click(row + " [data-aksi='kirim-alasan']");
        browser.awaitAttribute(row, "data-status", "terbuka");
        browser.click(row + " [data-aksi='riwayat']");
        browser.await("four steps in the history", d -> browser.count("[data-riwayat='" + posyandu + "'] li") == 4 ? true : null);
        for (String aksi : List.of("kembalikan", "verifikasi", "kunci", "buka")) {
            assertEquals(1, browser.count("[data-riwayat='" + posyandu + "'] [data-aksi-riwayat='" + aksi + "']"), aksi);
        }
        assertTrue(browser.text("[data-riwayat='" + posyandu + "'] [data-aksi-riwayat='buka']").contains("Koreksi dari bidan desa"));
        browser.screenshot("admin-riwayat-periode");
        assertEquals("terbuka", state().path("status").asText());
        assertEquals(201, weigh(late, LAST.atDay(20)).statusCode());
    }

    /** A fresh desktop browser, logged in as {@code username}, on the verification queue (of last month). */
    private void queueAs(String username) throws Exception {
        switchTo(Browser.desktop(), username + "-sebelum");
        login(username);
        browser.open(app + "#/admin/verifikasi");
    }

    /**
     * Ends the current browser, if any (a screenshot named {@code shot}, and no console error or CSP violation
     * allowed), and continues with {@code next}.
     */
    private void switchTo(Browser next, String shot) throws Exception {
        Browser done = browser;
        browser = next;
        if (done != null) {
            done.finish(shot, false);
        }
    }

    private void login(String username) {
        browser.open(app);
        browser.type("#login-username", username);
        browser.type("#login-password", PASSWORD);
        browser.click("#login-submit");
        browser.find("#keluar");
    }

    private static JsonNode state() throws Exception {
        return JSON.readTree(karaf.get("/posyandu/" + posyandu + "/periode/" + LAST).body());
    }

    private static HttpResponse<String> weigh(String wargaId, LocalDate date) throws Exception {
        return karaf.submit("/posyandu/" + posyandu + "/forms/kesehatan.penimbangan/submissions", "{\"wargaId\":\"" + wargaId
                + "\",\"tanggal\":\"" + date + "\",\"data\":{\"beratKg\":9.1,\"vitaminA\":\"tidak\",\"pmtDiterima\":false}}");
    }

    /** A boy 14 months old with a NIK of Jakabaring and his birth date. */
    private static String child(String nama, String serial) throws Exception {
        return platform.resident(posyandu, DESA, nama, "L", "167117000000" + serial, LocalDate.now().minusMonths(14));
    }

    private static void user(String username, String roleAndScope) throws Exception {
        BrowserPlatform.id(karaf.post("/users", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"," + roleAndScope + "}"));
    }

}
