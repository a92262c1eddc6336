package org.posyandu.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posyandu.itest.KarafProcess.JSON;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.posyandu.itest.web.Browser;

/**
 * Who a form is for, in the web app on a phone against the real distribution: a form's sasaran list shows only the
 * residents its {@code x-sasaran} fits, a resident's page offers only the forms that fit, and a form opened for
 * someone outside it is refused on the phone, with the server's message, before anything is queued.
 */
class EligibilityWebIT extends BrowserTestCase {
    private static final String PASSWORD = "Web-Sasaran-Kader-2026";
    private static final String DESA = "16.71.17.1003";
    private static String bayi;
    private static String ibu;

    @BeforeAll
    static void startPlatform() throws Exception {
        start("EligibilityWebIT", "eligibility-web-it", 31000, 31280);
        String posyandu = BrowserPlatform.id(karaf.post("/posyandu", "{\"nama\":\"Posyandu Sasaran " + UUID.randomUUID()
                + "\",\"desaKode\":\"" + DESA + "\"}"));
        BrowserPlatform.id(karaf.post("/users", "{\"username\":\"kader.sasaran\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"KADER\",\"posyanduIds\":[\"" + posyandu + "\"]}"));
        bayi = warga(posyandu, "Bayu", "L", LocalDate.now().minusMonths(10), "0001");
        ibu = warga(posyandu, "Ibu Ratna", "P", LocalDate.now().minusYears(36), "0002");
    }

    @Test
    void aFormsSasaranListAndAResidentsFormsFollowXSasaran() throws Exception {
        browser = Browser.phone();
        loginAsKader();
        browser.open(app + "#/form/kesehatan.imunisasi");
        browser.find("[data-warga-id='" + bayi + "']");
        assertEquals(0, browser.count("[data-warga-id='" + ibu + "']"), "immunisation is for 0-59 months");
        browser.open(app + "#/form/kesehatan.skrining");
        browser.find("[data-warga-id='" + ibu + "']");
        assertEquals(0, browser.count("[data-warga-id='" + bayi + "']"), "screening is for 15 and over");
        browser.screenshot("kader-sasaran-skrining");
        browser.open(app + "#/warga/" + ibu);
        browser.find("[data-form-id='kesehatan.skrining']");
        assertEquals(0, browser.count("[data-form-id='kesehatan.imunisasi']"));
        assertEquals(0, browser.count("[data-form-id='kesehatan.penimbangan']"));
    }

    @Test
    void aFormForSomeoneOutsideItsSasaranIsRefusedOnThePhone() throws Exception {
        browser = Browser.phone();
        loginAsKader();
        browser.awaitText("#antrian-badge", "0");
        browser.open(app + "#/form/kesehatan.imunisasi/" + ibu);
        browser.fill("vaksin", "bcg");
        browser.fill("kipi", "false");
        browser.click("#simpan-form");
        String refusal = browser.text("[data-error-for='wargaId']");
        assertTrue(refusal.contains("umur 0–59 bulan") && refusal.contains("36 tahun"), refusal);
        // the refusal sits at the top of the form while "Simpan" is at the bottom: the app moves there
        assertEquals("wargaId", focused("data-error-for"), "the first error (the resident) has the focus");
        assertEquals(Boolean.TRUE, inView("[data-error-for='wargaId']"), "and is scrolled into view");
        browser.screenshot("kader-imunisasi-bukan-sasaran");
        browser.open(app + "#/");
        browser.awaitText("#antrian-badge", "0");
        HttpResponse<String> stored = karaf.get("/posyandu/" + JSON.readTree(karaf.get("/warga/" + ibu).body())
                .path("posyanduId").asText() + "/forms/kesehatan.imunisasi/submissions");
        assertEquals("[]", stored.body(), "nothing was queued or sent");
    }

    @Test
    void aRefusedSimpanFocusesTheFirstFieldInErrorAndGroupsShowInWords() throws Exception {
        browser = Browser.phone();
        loginAsKader();
        browser.open(app + "#/warga/" + ibu);
        browser.awaitText("#kelompok-sasaran", "Usia produktif");
        browser.open(app + "#/warga/" + bayi);
        browser.awaitText("#kelompok-sasaran", "Bayi, Balita");
        browser.open(app + "#/warga");
        browser.awaitText("[data-warga-id='" + ibu + "'] .kecil-abu", "Usia produktif");
        browser.open(app + "#/form/kesehatan.imunisasi/" + bayi);
        browser.fill("kipi", "true");
        browser.click("#simpan-form");
        browser.awaitText("[data-error-for='kipiKeterangan']", "Wajib diisi.");
        // vaksin (the first field, empty) and kipiKeterangan are refused: the first one in the form has the focus
        assertEquals("vaksin", focused("name"), "the first field in error has the focus");
        assertEquals("checkbox", focused("type"));
        assertEquals(Boolean.TRUE, inView("form#form-isian [name='vaksin']"), "and is scrolled into view");
        assertEquals("Wajib diisi.", browser.text("[data-error-for='vaksin']"));
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private void loginAsKader() {
        browser.open(app);
        browser.type("#login-username", "kader.sasaran");
        browser.type("#login-password", PASSWORD);
        browser.click("#login-submit");
        browser.find("#keluar");
        browser.find("#data-hari-ini[data-siap='true']");
    }

    /** An attribute of the element that has the focus. */
    private String focused(String attribute) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.activeElement.getAttribute(arguments[0]);", attribute);
    }

    /** Whether the (first) element {@code css} is wholly inside the viewport. */
    private Boolean inView(String css) {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript("const r = document.querySelector("
                + "arguments[0]).getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", css);
    }

    /** A resident with a NIK that matches the birth date and sex. */
    private static String warga(String posyandu, String nama, String sex, LocalDate born, String serial) throws Exception {
        return platform.resident(posyandu, DESA, nama, sex, "167117000000" + serial, born);
    }

}
