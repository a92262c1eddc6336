package org.posyandu.itest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInfo;
import org.posyandu.itest.web.Browser;

/**
 * The base of the browser test classes: the platform a class starts in its {@code @BeforeAll}
 * ({@link BrowserPlatform#start}), the browser a test opens, and their ends (each test: screenshot, no console errors,
 * network back; the class: the platform stopped).
 */
abstract class BrowserTestCase {
    static BrowserPlatform platform;
    Browser browser;
    /** Set by a test that cut the network: failed requests are then expected in the console. */
    boolean networkCut;

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        if (browser != null) {
            platform.endTest(browser, networkCut, test);
        }
    }

    @AfterAll
    static void stopPlatform() throws Exception {
        if (platform != null) {
            try {
                platform.close();
            } finally {
                platform = null;
            }
        }
    }
}
