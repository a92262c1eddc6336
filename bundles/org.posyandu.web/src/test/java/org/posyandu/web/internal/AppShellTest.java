package org.posyandu.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The app as built: the service worker keeps every file the app needs offline (a module missing from its list would
 * break the app without signal, and a listed file that does not exist would stop the worker from installing);
 * index.html names only files that exist, with the build id filled in; and no file carries inline script or style
 * that the Content-Security-Policy would block.
 */
class AppShellTest {
    private static String text(String resource) throws IOException {
        try (InputStream in = AppShellTest.class.getResourceAsStream("/app/" + resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean exists(String resource) {
        return AppShellTest.class.getResource("/app/" + resource) != null;
    }

    private static Path appFolder() throws URISyntaxException {
        return Path.of(AppShellTest.class.getResource("/app/index.html").toURI()).getParent();
    }

    @Test
    void theBuildIdIsFilledIn() throws IOException {
        String build = text("build.txt").strip();
        assertTrue(build.matches("\\d{14}"), build);
        assertTrue(text("index.html").contains("/assets/" + build + "/js/main.js"));
        assertTrue(text("sw.js").contains("const BUILD = '" + build + "'"));
        assertFalse(text("index.html").contains("@"), "every @placeholder@ is replaced");
    }

    @Test
    void theServiceWorkerKeepsEveryModuleAndOnlyFilesThatExist() throws IOException, URISyntaxException {
        String sw = text("sw.js");
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("'(js/[a-z-]+\\.js|app\\.css)'").matcher(sw);
        while (m.find()) {
            listed.add("assets/" + m.group(1));
        }
        Set<String> modules;
        try (Stream<Path> files = Files.list(appFolder().resolve("assets/js"))) {
            modules = files.map(p -> "assets/js/" + p.getFileName()).collect(Collectors.toCollection(TreeSet::new));
        }
        modules.add("assets/app.css");
        assertEquals(modules, listed, "sw.js lists exactly the app's modules");
        String preact = text("index.html").replaceAll("(?s).*/vendor/preact/([^/]+)/.*", "$1");
        assertTrue(sw.contains("const PREACT = '/vendor/preact/" + preact + "'"), "the Preact of index.html");
        for (String f : List.of("/dist/preact.min.umd.js", "/hooks/dist/hooks.umd.js")) {
            assertTrue(exists("vendor/preact/" + preact + f), f);
            assertTrue(sw.contains("${PREACT}" + f), f);
        }
        for (String f : List.of("icons/icon-192.png", "icons/icon-512.png", "manifest.webmanifest")) {
            assertTrue(exists(f), f);
            assertTrue(sw.contains("'/" + f + "'"), f);
        }
    }

    @Test
    void indexHtmlNamesOnlyFilesThatExist() throws IOException {
        String build = text("build.txt").strip();
        Matcher m = Pattern.compile("(?:src|href)=\"(/[^\"]*)\"").matcher(text("index.html"));
        int n = 0;
        while (m.find()) {
            String path = m.group(1).replace("/assets/" + build + "/", "/assets/").substring(1);
            assertTrue(exists(path), path);
            n++;
        }
        assertTrue(n >= 6, "stylesheet, scripts, manifest, icons: " + n);
    }

    @Test
    void noInlineScriptOrStyleThatThePolicyWouldBlock() throws IOException, URISyntaxException {
        String index = text("index.html");
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(index).find(), "inline <script>");
        assertFalse(index.contains("<style"), "inline <style>");
        assertFalse(Pattern.compile("\\sstyle=").matcher(index).find(), "style attribute");
        assertFalse(Pattern.compile("\\son[a-z]+=").matcher(index).find(), "inline event handler");
        try (Stream<Path> files = Files.list(appFolder().resolve("assets/js"))) {
            for (Path p : files.toList()) {
                String js = Files.readString(p);
                assertFalse(js.contains("style:"), p + " sets a style attribute (blocked by style-src 'self')");
                assertFalse(js.contains("innerHTML") || js.contains("dangerouslySetInnerHTML"), p + " writes markup");
                assertFalse(Pattern.compile("\\beval\\(|new Function\\(").matcher(js).find(), p + " evaluates code");
                assertFalse(js.contains("http://") || js.contains("https://"), p + " names another origin");
            }
        }
    }
}
