package org.posyandu.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The web app in a real headless Chromium against the real built distribution: a kader on a 360 x 640 phone
 * weighs a child, works through a cut network (a relay the test cuts, so the service worker is offline too),
 * fixes a refused form; a kabupaten admin switches a module on; the SKDN screen shows the API's figures. Every
 * test fails on any console error or CSP violation and leaves screenshots in {@code target/screenshots}.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them and sets
 * {@code POSYANDU_IT_REQUIRE_BROWSER=1}, so CI never skips these tests; elsewhere they are skipped, loudly, when
 * the browser is missing).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAppIT extends BrowserTestCase {
    private static final String PASSWORD = "Web-Uji-Kader-2026";
    private static final String DESA = "16.71.17.1003";
    private static String posyandu;
    private static final List<String> children = new ArrayList<>();
    private static String adult;

    @BeforeAll
    static void startPlatform() throws Exception {
        start("WebAppIT", "webapp-it", 30000, 30280);

        posyandu = id(karaf.post("/posyandu", "{\"nama\":\"Posyandu Web " + UUID.randomUUID() + "\",\"desaKode\":\""
                + DESA + "\"}"));
        id(karaf.post("/users", "{\"username\":\"adm.web\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"ADMIN_KABUPATEN\",\"wilayah\":\"16.71\"}"));
        id(karaf.post("/users", "{\"username\":\"kader.web\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"KADER\",\"posyanduIds\":[\"" + posyandu + "\"]}"));
        String[][] anak = { { "Dimas", "L", "1671171005250001" }, { "Ayu", "P", "1671174106250002" },
                { "Bima", "L", "1671171207250003" }, { "Citra", "P", "1671175208250004" },
                { "Eko", "L", "1671171309250005" } };
        for (String[] a : anak) {
            children.add(platform.resident(posyandu, DESA, a[0], a[1], a[2], LocalDate.now().minusMonths(10)));
        }
        adult = id(karaf.post("/warga", "{\"nik\":\"1671170101800001\",\"nama\":\"Pak Tua\",\"jenisKelamin\":\"L\","
                + "\"tanggalLahir\":\"1980-01-01\",\"desaKode\":\"" + DESA + "\",\"posyanduId\":\"" + posyandu + "\"}"));
        // last month's weighing of the first child, so this month's answers N or T
        HttpResponse<String> earlier = karaf.submit("/posyandu/" + posyandu + "/forms/kesehatan.penimbangan/submissions",
                "{\"wargaId\":\"" + children.get(0) + "\",\"tanggal\":\"" + LocalDate.now().minusMonths(1)
                        + "\",\"data\":{\"beratKg\":8.2,\"panjangTinggiCm\":71.0,\"caraUkur\":\"terlentang\","
                        + "\"vitaminA\":\"tidak\",\"pmtDiterima\":false}}");
        assertEquals(201, earlier.statusCode(), earlier.body());
    }

    @Test
    @Order(0)
    void anAdminCreatesAPosyanduAndItsKaderInTheConsoleAndTheKaderLogsIn() throws Exception {
        String nama = "Posyandu Konsol " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser admin = Browser.desktop()) {
            browser = admin;
            admin.open(app);
            login(admin, "adm.web");
            admin.open(app + "#/admin/posyandu");
            admin.type("#posyandu-nama", nama);
            admin.type("#posyandu-desa", "lima-belas");
            admin.click("#posyandu-desa + button");
            admin.click("[data-wilayah='" + DESA + "']");
            admin.click("#form-posyandu button[type=submit]");
            String created = admin.await("the new Posyandu's page", d -> {
                String url = d.getCurrentUrl();
                return url.matches(".*#/admin/posyandu/[0-9a-f-]{36}$") ? url.substring(url.lastIndexOf('/') + 1) : null;
            });
            JsonNode stored = JSON.readTree(karaf.get("/posyandu/" + created).body());
            assertEquals(nama, stored.path("nama").asText());
            assertEquals(DESA, stored.path("desaKode").asText());
            admin.open(app + "#/admin/pengguna");
            admin.type("#pengguna-username", "kader.konsol");
            admin.type("#pengguna-password", PASSWORD);
            admin.select("#pengguna-role", "KADER");
            admin.select("#pengguna-posyandu", created);
            admin.click("#form-pengguna button[type=submit]");
            admin.await("kader.konsol listed", d -> d.getPageSource().contains("kader.konsol") ? Boolean.TRUE : null);
            admin.screenshot("admin-pengguna-kader-baru");
            assertEquals(List.of(), admin.consoleErrors(false));
        } finally {
            browser = null;
        }
        browser = Browser.phone();
        browser.open(app);
        login(browser, "kader.konsol");
        browser.find("#data-hari-ini[data-siap='true']");
        assertTrue(browser.text("main h1").contains(nama), "the kader's home names the new Posyandu");
    }

    @Test
    @Order(1)
    void aKaderWeighsAChildAndSeesNtAndTheClassAtOnce() throws Exception {
        browser = Browser.phone();
        loginAsKader();
        String child = children.get(0);
        weigh(child, "8.6", "73.5");
        browser.find("#hasil-penimbangan");
        // online: the server's answer replaces the phone's provisional one
        browser.awaitAttribute("#hasil-penimbangan", "data-sementara", "false");
        browser.awaitAttribute("[data-hasil='naikBeratBadan']", "data-nilai", "N"); // +400 g at 10 months
        assertEquals("normal", browser.find("[data-hasil='statusBbU']").getAttribute("data-nilai"));
        assertFalse(browser.text("[data-hasil='statusBbU']").isBlank(), "the class in words");
        browser.screenshot("kader-hasil-penimbangan");
        assertEquals(1, weighingsThisMonth(child));
    }

    @Test
    @Order(2)
    void formsSavedWithTheNetworkCutSurviveAReloadAndAreStoredOnceWhenItReturns() throws Exception {
        browser = Browser.phone();
        loginAsKader();
        browser.awaitText("#antrian-badge", "0");
        network.cut();
        networkCut = true;
        List<String> three = children.subList(1, 4);
        for (String child : three) {
            weigh(child, "8.9", "72.0");
            // offline: the phone's own provisional result, at once
            browser.awaitAttribute("#hasil-penimbangan", "data-sementara", "true");
        }
        browser.awaitText("#antrian-badge", "3");
        browser.screenshot("kader-offline-tiga-menunggu");
        browser.reload();
        browser.awaitText("#antrian-badge", "3");
        for (String child : three) {
            assertEquals(0, weighingsThisMonth(child), "nothing reached the server while the network was cut");
        }
        network.restore();
        browser.open(app + "#/antrian");
        browser.click("#kirim-sekarang");
        browser.awaitText("#antrian-badge", "0");
        browser.screenshot("kader-antrian-terkirim");
        for (String child : three) {
            assertEquals(1, weighingsThisMonth(child), "each queued form stored exactly once");
        }
        // sending again (a retry after a dropped answer) stores nothing twice
        browser.click("#kirim-sekarang");
        browser.awaitText("#antrian-badge", "0");
        for (String child : three) {
            assertEquals(1, weighingsThisMonth(child));
        }
    }

    @Test
    @Order(3)
    void aFormTheServerRefusesIsFixedOnThePhoneAndResent() throws Exception {
        browser = Browser.phone();
        loginAsKader();
        browser.open(app + "#/form/kesehatan.skrining/" + adult);
        browser.fill("sistolik", "120");
        browser.fill("diastolik", "130"); // valid for the schema; the module's own rule refuses it
        browser.fill("beratKg", "70");
        browser.fill("tinggiCm", "165");
        browser.fill("merokok", "false");
        browser.click("#simpan-form");
        browser.open(app + "#/antrian");
        browser.click("#kirim-sekarang");
        browser.find("[data-antrian-status='ditolak']");
        browser.screenshot("kader-antrian-ditolak");
        assertEquals(0, skriningOf(adult).size());
        browser.click("[data-antrian-status='ditolak'] a[href^='#/perbaiki/']");
        assertTrue(browser.text("[data-error-for='diastolik']").toLowerCase().contains("diastolik"),
                "the server's own message, on the field");
        browser.fill("diastolik", "80");
        browser.click("#simpan-form");
        browser.open(app + "#/antrian");
        browser.click("#kirim-sekarang");
        browser.awaitText("#antrian-badge", "0");
        List<JsonNode> stored = skriningOf(adult);
        assertEquals(1, stored.size(), "stored once, fixed");
        assertEquals(80, stored.get(0).path("data").path("diastolik").asInt());
    }

    @Test
    @Order(4)
    void anAdminSwitchesSosialOnAndTheKaderSeesItsMenuAfterARefresh() throws Exception {
        browser = Browser.phone();
        loginAsKader();
        browser.open(app + "#/menu");
        browser.find("[data-form-id='kesehatan.penimbangan']");
        assertEquals(0, browser.count("[data-form-id='sosial.ppks']"), "sosial is off for a new kabupaten");
        try (Browser admin = Browser.desktop()) {
            admin.open(app);
            login(admin, "adm.web");
            admin.open(app + "#/admin/modul");
            admin.click("[data-modul='sosial'] input[type=checkbox]");
            admin.await("sosial enabled for 16.71", d -> {
                try {
                    return enabledFor("16.71", "sosial") ? Boolean.TRUE : null;
                } catch (Exception e) {
                    return null;
                }
            });
            admin.screenshot("admin-modul-sosial-aktif");
            assertEquals(List.of(), admin.consoleErrors(false));
        }
        // the kader opens the app again (with signal): the day's data is fetched again, sosial's form is there
        browser.open(app + "#/");
        browser.reload();
        browser.find("#data-hari-ini[data-siap='true']");
        browser.open(app + "#/menu");
        browser.find("[data-form-id='sosial.ppks']");
        browser.screenshot("kader-menu-sosial");
    }

    @Test
    @Order(5)
    void theSkdnScreenShowsTheApisFigures() throws Exception {
        String bulan = YearMonth.now().toString();
        // the admin's own kota this month: what the report screen opens on
        JsonNode api = JSON.readTree(karaf.get("/spm/kesehatan/laporan/skdn?wilayah=16.71&bulan=" + bulan).body());
        assertTrue(api.path("D").asInt() >= 4, api.toString());
        browser = Browser.desktop();
        browser.open(app);
        login(browser, "adm.web");
        browser.open(app + "#/admin/laporan");
        for (String figure : new String[] { "S", "K", "D", "N", "T" }) {
            browser.awaitText("[data-skdn='" + figure + "']", api.path(figure).asText());
        }
        browser.screenshot("admin-skdn");
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** Logs the kader in and waits until the day's data (sasaran, forms, history, WHO tables) is on the phone. */
    private void loginAsKader() {
        browser.open(app);
        login(browser, "kader.web");
        browser.find("#data-hari-ini[data-siap='true']");
    }

    private static void login(Browser b, String username) {
        b.type("#login-username", username);
        b.type("#login-password", PASSWORD);
        b.click("#login-submit");
        b.find("#keluar");
    }

    /** The weighing flow (meja 1-5): the child from the sasaran list, weight and length, save. */
    private void weigh(String child, String beratKg, String panjangCm) {
        browser.open(app + "#/timbang");
        browser.click("[data-warga-id='" + child + "']");
        browser.fill("beratKg", beratKg);
        browser.fill("panjangTinggiCm", panjangCm);
        browser.fill("caraUkur", "terlentang");
        browser.fill("vitaminA", "tidak");
        browser.fill("pmtDiterima", "false");
        browser.click("#simpan-form");
    }

    private static int weighingsThisMonth(String child) throws Exception {
        JsonNode list = JSON.readTree(karaf.get("/posyandu/" + posyandu
                + "/forms/kesehatan.penimbangan/submissions?periode=" + YearMonth.now()).body());
        int n = 0;
        for (JsonNode s : list) {
            if (child.equals(s.path("wargaId").asText())) {
                n++;
            }
        }
        return n;
    }

    private static List<JsonNode> skriningOf(String warga) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode s : JSON.readTree(karaf.get("/posyandu/" + posyandu
                + "/forms/kesehatan.skrining/submissions?periode=" + YearMonth.now()).body())) {
            if (warga.equals(s.path("wargaId").asText())) {
                found.add(s);
            }
        }
        return found;
    }

    private static boolean enabledFor(String kabupaten, String module) throws Exception {
        for (JsonNode m : JSON.readTree(karaf.get("/kabupaten/" + kabupaten + "/modules").body())) {
            if (module.equals(m.path("moduleId").asText())) {
                return m.path("enabled").asBoolean();
            }
        }
        return false;
    }

    private static String id(HttpResponse<String> created) throws Exception {
        return BrowserPlatform.id(created);
    }
}
