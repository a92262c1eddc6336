package org.posyandu.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.posyandu.itest.KarafProcess.JSON;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.TestInfo;
import org.posyandu.itest.web.Browser;
import org.posyandu.itest.web.NetworkSwitch;

/**
 * What every browser test class shares: the built distribution started black-box on its own ports behind a network
 * the test can cut, the browser closed after each test with a screenshot, and no console error or CSP violation
 * allowed. Needs Debian's {@code chromium} and {@code chromium-driver} ({@code POSYANDU_IT_REQUIRE_BROWSER=1} makes
 * their absence a failure instead of a loud skip).
 */
abstract class BrowserTestSupport {
    static KarafProcess karaf;
    static NetworkSwitch network;
    /** The app's address through the network switch. */
    static String app;
    Browser browser;
    boolean networkCut;

    /** Starts the platform unpacked in {@code target/<folder>} on ports from {@code portBase} (see KarafProcess). */
    static void startPlatform(String folder, int portBase, String testName) throws Exception {
        boolean required = "1".equals(System.getenv("POSYANDU_IT_REQUIRE_BROWSER"));
        if (!Browser.available()) {
            if (required) {
                throw new AssertionError("chromium and chromium-driver are required here (POSYANDU_IT_REQUIRE_BROWSER=1)");
            }
            System.err.println(testName + " SKIPPED: install Debian's chromium and chromium-driver to run the browser tests");
        }
        Assumptions.assumeTrue(Browser.available(), "chromium and chromium-driver not installed");
        karaf = KarafProcess.unpack(folder, portBase);
        karaf.start();
        karaf.login();
        network = new NetworkSwitch(portBase + 280 + Integer.getInteger("posyandu.it.portOffset", 0), karaf.httpPort);
        app = "http://localhost:" + network.port() + "/";
    }

    @AfterAll
    static void stopPlatform() throws Exception {
        if (network != null) {
            network.close();
            network = null;
        }
        if (karaf != null) {
            karaf.close();
            karaf = null;
        }
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        if (browser != null) {
            try {
                browser.screenshot(test.getTestMethod().orElseThrow().getName() + "-end");
                assertEquals(List.of(), browser.consoleErrors(networkCut), "console errors or CSP violations");
            } finally {
                browser.close();
                network.restore();
            }
        }
    }

    static String id(HttpResponse<String> created) throws Exception {
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).path("id").asText();
    }
}
