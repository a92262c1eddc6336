package org.posyandu.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.TestInfo;
import org.posyandu.itest.web.Browser;
import org.posyandu.itest.web.NetworkSwitch;

/**
 * What the browser test classes share: the built distribution started behind a network relay the test can cut,
 * residents registered with valid NIKs, and the end of each test (screenshot, no console errors, network back).
 */
final class BrowserPlatform implements AutoCloseable {
    final KarafProcess karaf;
    final NetworkSwitch network;
    /** The app's address through the relay. */
    final String app;

    private BrowserPlatform(KarafProcess karaf, NetworkSwitch network) {
        this.karaf = karaf;
        this.network = network;
        this.app = "http://localhost:" + network.port() + "/";
    }

    /**
     * Skips the calling class (loudly) when chromium and chromium-driver are missing, unless
     * {@code POSYANDU_IT_REQUIRE_BROWSER=1} (then fails); else starts the distribution unpacked in {@code folder}
     * on ports from {@code portBase}, logs in as the bootstrap admin and opens the relay on {@code relayPort}.
     */
    static BrowserPlatform start(String testClass, String folder, int portBase, int relayPort) throws Exception {
        if (!Browser.available()) {
            if ("1".equals(System.getenv("POSYANDU_IT_REQUIRE_BROWSER"))) {
                throw new AssertionError("chromium and chromium-driver are required here (POSYANDU_IT_REQUIRE_BROWSER=1)");
            }
            System.err.println(testClass + " SKIPPED: install Debian's chromium and chromium-driver to run the browser tests");
        }
        Assumptions.assumeTrue(Browser.available(), "chromium and chromium-driver not installed");
        KarafProcess karaf = KarafProcess.unpack(folder, portBase);
        karaf.start();
        karaf.login();
        return new BrowserPlatform(karaf,
                new NetworkSwitch(relayPort + Integer.getInteger("posyandu.it.portOffset", 0), karaf.httpPort));
    }

    /**
     * Registers a resident born on {@code born}; its NIK is {@code nikTemplate} with the birth date (women: day + 40)
     * put in place. Answers its id.
     */
    String resident(String posyandu, String desa, String nama, String sex, String nikTemplate, LocalDate born)
            throws Exception {
        return id(karaf.post("/warga", residentJson(posyandu, desa, nama, sex, nik(nikTemplate, sex, born), born)));
    }

    /** {@code template} with the birth date (women: day + 40) in digits 7–12, as a NIK carries it. */
    static String nik(String template, String sex, LocalDate born) {
        return template.substring(0, 6) + String.format("%02d%02d%02d", born.getDayOfMonth() + ("P".equals(sex) ? 40 : 0),
                born.getMonthValue(), born.getYear() % 100) + template.substring(12);
    }

    static String residentJson(String posyandu, String desa, String nama, String sex, String nik, LocalDate born) {
        return "{\"nik\":\"" + nik + "\",\"nama\":\"" + nama + "\",\"jenisKelamin\":\"" + sex + "\",\"tanggalLahir\":\""
                + born + "\",\"desaKode\":\"" + desa + "\",\"posyanduId\":\"" + posyandu + "\"}";
    }

    /** The end of a browser test: a screenshot, no console errors or CSP violations, the browser closed, the network back. */
    void endTest(Browser browser, boolean networkCut, TestInfo test) throws Exception {
        try {
            browser.finish(test.getTestMethod().orElseThrow().getName(), networkCut);
        } finally {
            network.restore();
        }
    }

    static String id(HttpResponse<String> created) throws Exception {
        assertEquals(201, created.statusCode(), created.body());
        return KarafProcess.JSON.readTree(created.body()).path("id").asText();
    }

    @Override
    public void close() throws Exception {
        try {
            network.close();
        } finally {
            karaf.close();
        }
    }
}
