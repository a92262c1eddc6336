package org.posyandu.itest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInfo;
import org.posyandu.itest.web.Browser;
import org.posyandu.itest.web.NetworkSwitch;

/**
 * The base of the browser test classes: the platform a class starts in its {@code @BeforeAll}
 * ({@link BrowserPlatform#start}), the browser a test opens, and their ends (each test: screenshot, no console errors,
 * network back; the class: the platform stopped).
 */
abstract class BrowserTestCase {
    static BrowserPlatform platform;
    /** The running distribution, its network relay and the app's address through it (set by {@link #start}). */
    static KarafProcess karaf;
    static NetworkSwitch network;
    static String app;
    Browser browser;
    /** Set by a test that cut the network: failed requests are then expected in the console. */
    boolean networkCut;

    /** Starts the platform for the calling class (see {@link BrowserPlatform#start}). */
    static void start(String testClass, String folder, int portBase, int relayPort) throws Exception {
        platform = BrowserPlatform.start(testClass, folder, portBase, relayPort);
        karaf = platform.karaf;
        network = platform.network;
        app = platform.app;
    }

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
                karaf = null;
                network = null;
                app = null;
            }
        }
    }
}
