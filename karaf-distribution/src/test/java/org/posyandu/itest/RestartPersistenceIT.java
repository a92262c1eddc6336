package org.posyandu.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Black-box: unpacks the distribution zip this module built, starts its real {@code bin/karaf server}, writes,
 * stops it (SIGTERM to the whole process tree, then SIGKILL), starts it again and reads back. Proves that an
 * acknowledged write survives a restart and a crash, and that the region list is loaded on the first start only.
 *
 * <p>It unpacks the zip rather than copying {@code target/assembly}: a developer may be running an instance
 * from that folder, whose {@code data/} and {@code instances/instance.properties} (with its pid, which makes
 * {@code bin/karaf} refuse to start: "a Root instance already running") must not leak into the test.
 */
class RestartPersistenceIT {
    private static final int OFFSET = Integer.getInteger("posyandu.it.portOffset", 0);
    private static final int HTTP_PORT = 28181 + OFFSET;
    private static final int SSH_PORT = 28101 + OFFSET;
    private static final int RMI_REGISTRY_PORT = 21099 + OFFSET;
    private static final int RMI_SERVER_PORT = 24444 + OFFSET;
    private static final String BASE = "http://localhost:" + HTTP_PORT + "/api/v1";
    private static final String DESA = "16.71.17.1003";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Path home;
    private Process karaf;
    private Thread killOnExit;

    @Test
    void writesSurviveARestartAndACrashAndRegionsLoadOnce() throws Exception {
        PlatformTestSupport.requireFreePorts(HTTP_PORT, SSH_PORT, RMI_REGISTRY_PORT, RMI_SERVER_PORT);
        home = unpackDistribution();
        start();
        String nama = "Restart " + UUID.randomUUID();
        HttpResponse<String> created = post("/posyandu", "{\"nama\":\"" + nama + "\",\"desaKode\":\"" + DESA + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        String id = JSON.readTree(created.body()).path("id").asText();
        stop(false); // SIGTERM: Karaf stops its bundles, Derby shuts down cleanly

        start();
        HttpResponse<String> kept = get("/posyandu/" + id);
        assertEquals(200, kept.statusCode(), "kept across a clean restart: " + kept.body());
        assertEquals(nama, JSON.readTree(kept.body()).path("nama").asText());
        String crash = "Crash " + UUID.randomUUID();
        HttpResponse<String> crashed = post("/posyandu", "{\"nama\":\"" + crash + "\",\"desaKode\":\"" + DESA + "\"}");
        assertEquals(201, crashed.statusCode(), crashed.body());
        stop(true); // SIGKILL right after the acknowledged write

        start();
        String list = get("/posyandu?wilayah=" + DESA + "&limit=500").body();
        assertTrue(list.contains(nama) && list.contains(crash), "an acknowledged write survives a crash: " + list);
        JsonNode stats = JSON.readTree(get("/wilayah/stats").body());
        assertEquals(83_762, stats.path("desa").asInt(), "region list intact after the crash: " + stats);
        assertEquals(91_599, health().path("checks").path("database").path("wilayah").asInt());

        List<String> log = Files.readAllLines(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
        assertEquals(1, log.stream().filter(l -> l.contains("loaded 91599 regions")).count(),
                "the region list is loaded on the first start only");
        assertEquals(2, log.stream().filter(l -> l.contains("region list already loaded")).count(),
                "the second and third start find the region list in place");
    }

    @AfterEach
    void killLeftovers() throws Exception {
        if (karaf != null) {
            stop(true);
        }
    }

    /** Unpacks the built zip into {@code target/restart-it} and moves every port away from a dev instance's. */
    private static Path unpackDistribution() throws IOException {
        Path target = Path.of("target/restart-it").toAbsolutePath();
        if (Files.exists(target)) {
            try (Stream<Path> old = Files.walk(target)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (ZipFile zip = new ZipFile(System.getProperty("posyandu.distribution"))) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/'); // strip the archive's top folder
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path to = target.resolve(name.substring(slash + 1)).normalize();
                if (!to.startsWith(target)) {
                    throw new IOException("zip entry outside the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        try (Stream<Path> bin = Files.list(target.resolve("bin"))) {
            bin.forEach(p -> p.toFile().setExecutable(true));
        }
        setProperty(target.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", HTTP_PORT);
        setProperty(target.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", SSH_PORT);
        setProperty(target.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", RMI_REGISTRY_PORT);
        setProperty(target.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", RMI_SERVER_PORT);
        return target;
    }

    /** Replaces the value of {@code key} in a {@code .cfg} file; fails if the file does not set it. */
    private static void setProperty(Path file, String key, int value) throws IOException {
        String text = Files.readString(file);
        Matcher m = Pattern.compile("(?m)^(\\s*" + Pattern.quote(key) + "\\s*=).*$").matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(file + " does not set " + key);
        }
        Files.writeString(file, m.replaceAll("$1 " + value));
    }

    private void start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.out").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        karaf = builder.start();
        // if this test JVM is torn down (timeout, Ctrl-C), do not leave a Karaf JVM holding the ports
        Process started = karaf;
        killOnExit = new Thread(() -> processTree(started).forEach(ProcessHandle::destroyForcibly));
        Runtime.getRuntime().addShutdownHook(killOnExit);

        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!karaf.isAlive()) {
                throw new AssertionError("bin/karaf exited with " + karaf.exitValue() + ": " + console());
            }
            try {
                HttpResponse<String> r = get("/health");
                last = r.statusCode() + " " + r.body();
                // the overall status: the nested checks carry a "status" of their own
                if (r.statusCode() == 200 && "UP".equals(JSON.readTree(r.body()).path("status").asText())) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not UP within " + START_TIMEOUT + "; last health: " + last + "; " + console());
    }

    /** Stops the script and the JVM it started (stopping only the script would orphan the JVM). */
    private void stop(boolean kill) throws Exception {
        List<ProcessHandle> all = processTree(karaf);
        all.forEach(p -> {
            if (kill) {
                p.destroyForcibly();
            } else {
                p.destroy();
            }
        });
        try {
            for (ProcessHandle p : all) {
                p.onExit().get(60, TimeUnit.SECONDS);
            }
        } finally {
            all.forEach(ProcessHandle::destroyForcibly); // no-op for those that are gone
            Runtime.getRuntime().removeShutdownHook(killOnExit);
            karaf = null;
        }
    }

    private static List<ProcessHandle> processTree(Process root) {
        return Stream.concat(root.descendants(), Stream.of(root.toHandle())).toList();
    }

    private JsonNode health() throws Exception {
        return JSON.readTree(get("/health").body());
    }

    private String console() {
        try {
            String out = Files.readString(home.resolve("console.out"));
            return "console: " + out.substring(Math.max(0, out.length() - 2000));
        } catch (IOException e) {
            return "no console output";
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
