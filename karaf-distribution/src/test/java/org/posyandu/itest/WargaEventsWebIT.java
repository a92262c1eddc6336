package org.posyandu.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.posyandu.itest.KarafProcess.JSON;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.posyandu.itest.web.Browser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Life events and households in the web app, in a real headless Chromium on a 360 x 640 phone against the real
 * built distribution: the kader sees a mother's household (head, members, her baby not yet on the KK), records a
 * death online, and records a move away with the network cut, which the queue sends once the signal returns; an
 * event resent with its Idempotency-Key is recorded once.
 * Fails on any console error or CSP violation; screenshots in {@code target/screenshots}.
 */
class WargaEventsWebIT extends BrowserTestCase {
    private static final String PASSWORD = "Web-Uji-Peristiwa-2026";
    private static final String DESA = "16.71.17.1003";
    private static final String KK = "1671170101260001";
    private static String posyandu;
    private static String ayah;
    private static String ibu;
    private static String bayi;
    private static String adi;
    private static String budi;

    @BeforeAll
    static void startPlatform() throws Exception {
        start("WargaEventsWebIT", "warga-events-it", 22000, 22280);
        posyandu = BrowserPlatform.id(karaf.post("/posyandu", "{\"nama\":\"Posyandu Peristiwa " + UUID.randomUUID() + "\",\"desaKode\":\""
                + DESA + "\"}"));
        BrowserPlatform.id(karaf.post("/users", "{\"username\":\"kader.peristiwa\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"KADER\",\"posyanduIds\":[\"" + posyandu + "\"]}"));
        ayah = warga("1671170101900001", "Pak Joko", "L", "1990-01-01", ",\"noKk\":\"" + KK
                + "\",\"hubunganKeluarga\":\"kepala_keluarga\"");
        ibu = warga("1671174202920002", "Bu Sri", "P", "1992-02-02", ",\"noKk\":\"" + KK + "\",\"hubunganKeluarga\":\"istri\"");
        bayi = BrowserPlatform.id(karaf.post("/warga", "{\"nama\":\"Bayi Sri\",\"jenisKelamin\":\"L\",\"tanggalLahir\":\""
                + LocalDate.now().minusDays(10) + "\",\"desaKode\":\"" + DESA + "\",\"posyanduId\":\"" + posyandu
                + "\",\"ibuId\":\"" + ibu + "\"}"));
        LocalDate born = LocalDate.now().minusYears(2);
        String date = String.format("%02d%02d%02d", born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100);
        adi = warga("167117" + date + "0003", "Adi", "L", born.toString(), "");
        budi = warga("167117" + date + "0004", "Budi", "L", born.toString(), "");
    }

    @Test
    void theResidentPageShowsTheHousehold() throws Exception {
        browser = Browser.phone();
        loginAsKader();
        browser.open(app + "#/warga/" + ibu);
        browser.find("#keluarga [data-anggota-id='" + ayah + "'][data-kepala='true']");
        browser.find("#keluarga [data-anggota-id='" + ibu + "'][data-kepala='false']");
        browser.find("#ibu-anak [data-ibu-id='" + ibu + "'][data-anak-id='" + bayi + "']");
        browser.find("#anak-ibu [data-anggota-id='" + bayi + "']");
        browser.screenshot("kader-keluarga");
    }

    @Test
    void aDeathIsRecordedOnlineAndTheResidentLeavesTheLists() throws Exception {
        browser = Browser.phone();
        loginAsKader();
        browser.open(app + "#/warga/" + adi);
        browser.click("#catat-peristiwa");
        browser.type("#peristiwa-keterangan", "sakit");
        browser.click("#simpan-peristiwa"); // no event chosen: refused on the phone, the choice at the top has the focus
        browser.awaitText("[data-error-for='jenis']", "Pilih peristiwanya.");
        assertEquals("peristiwa-jenis-meninggal", ((JavascriptExecutor) browser.driver())
                .executeScript("return document.activeElement.id;"));
        browser.click("#peristiwa-jenis-meninggal");
        browser.click("#simpan-peristiwa");
        browser.find("#peristiwa-hasil");
        browser.find("[data-peristiwa-id][data-dibatalkan='false']");
        assertEquals("meninggal", status(adi));
        browser.open(app + "#/warga/" + adi);
        browser.find("#status-warga[data-status='meninggal']");
        assertEquals(0, browser.count("[data-form-id]"), "no forms for a resident who died");
        browser.open(app + "#/warga");
        browser.find("[data-warga-id='" + ayah + "']");
        assertEquals(0, browser.count("[data-warga-id='" + adi + "']"), "gone from the sasaran list");
        browser.screenshot("kader-peristiwa-meninggal");
    }

    @Test
    void aMoveRecordedWithTheNetworkCutIsSentWhenItReturns() throws Exception {
        browser = Browser.phone();
        loginAsKader();
        browser.awaitText("#antrian-badge", "0");
        network.cut();
        networkCut = true;
        browser.open(app + "#/warga/" + budi + "/peristiwa");
        browser.click("#peristiwa-jenis-pindah");
        browser.find("#peristiwa-tujuan");
        browser.type("#peristiwa-keterangan", "merantau");
        browser.click("#simpan-peristiwa");
        browser.find("#peristiwa-hasil");
        browser.awaitText("#antrian-badge", "1");
        assertEquals("aktif", status(budi), "nothing reached the server while the network was cut");
        browser.screenshot("kader-peristiwa-offline");
        network.restore();
        browser.open(app + "#/antrian");
        browser.click("#kirim-sekarang");
        browser.awaitText("#antrian-badge", "0");
        assertEquals("pindah", status(budi));
    }

    @Test
    void anEventResentWithItsIdempotencyKeyIsRecordedOnce() throws Exception {
        String citra = platform.resident(posyandu, DESA, "Citra", "P", "1671170000000005", LocalDate.now().minusYears(30));
        String path = "/warga/" + citra + "/peristiwa";
        String body = "{\"jenis\":\"pindah\",\"tanggal\":\"" + LocalDate.now() + "\",\"keterangan\":\"ke Jambi\"}";
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = karaf.send("POST", path, body, key);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals("false", first.headers().firstValue("Idempotent-Replayed").orElse(""));
        // the answer was lost: the phone's queue sends it again under its key
        HttpResponse<String> again = karaf.send("POST", path, body, key);
        assertEquals(201, again.statusCode(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));
        assertEquals(JSON.readTree(first.body()), JSON.readTree(again.body()));
        HttpResponse<String> other = karaf.send("POST", path, body.replace("ke Jambi", "ke Riau"), key);
        assertEquals(422, other.statusCode(), other.body());
        assertEquals("application/problem+json", other.headers().firstValue("Content-Type").orElse(""));
        JsonNode error = JSON.readTree(other.body()).path("errors").get(0);
        assertEquals("Idempotency-Key idempotencyKey.reused", error.path("field").asText() + " " + error.path("rule").asText());
        assertEquals(1, JSON.readTree(karaf.get(path).body()).size(), "stored once");
        assertEquals("pindah", status(citra));
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private void loginAsKader() {
        browser.open(app);
        browser.type("#login-username", "kader.peristiwa");
        browser.type("#login-password", PASSWORD);
        browser.click("#login-submit");
        browser.find("#keluar");
        browser.find("#data-hari-ini[data-siap='true']");
    }

    private static String status(String id) throws Exception {
        return JSON.readTree(karaf.get("/warga/" + id).body()).path("status").asText();
    }

    private static String warga(String nik, String nama, String sex, String born, String more) throws Exception {
        return BrowserPlatform.id(karaf.post("/warga", "{\"nik\":\"" + nik + "\",\"nama\":\"" + nama + "\",\"jenisKelamin\":\"" + sex
                + "\",\"tanggalLahir\":\"" + born + "\",\"desaKode\":\"" + DESA + "\",\"posyanduId\":\"" + posyandu + "\""
                + more + "}"));
    }
}
