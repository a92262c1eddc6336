package org.posyandu.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Black-box: starts the real {@code bin/karaf} of a copy of the assembly, writes, stops it (gracefully, then
 * with SIGKILL), starts it again and reads back. Proves that an acknowledged write survives and that the
 * region list is loaded on the first start only.
 */
class RestartPersistenceIT {
    private static final int PORT = 28181;
    private static final String BASE = "http://localhost:" + PORT + "/api/v1";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Process karaf;

    @Test
    void writesSurviveARestartAndACrashAndRegionsLoadOnce() throws Exception {
        Path home = copyAssembly();
        start(home);
        String nama = "Restart " + UUID.randomUUID();
        HttpResponse<String> created = post("/posyandu", "{\"nama\":\"" + nama + "\",\"desaKode\":\"16.71.17.1003\"}");
        assertEquals(201, created.statusCode(), created.body());
        stop(false);

        start(home);
        assertTrue(get("/posyandu?wilayah=16.71.17.1003").body().contains(nama), "kept across a clean restart");
        String crash = "Crash " + UUID.randomUUID();
        assertEquals(201, post("/posyandu", "{\"nama\":\"" + crash + "\",\"desaKode\":\"16.71.17.1003\"}").statusCode());
        stop(true); // SIGKILL right after the acknowledged write

        start(home);
        String list = get("/posyandu?wilayah=16.71.17.1003").body();
        assertTrue(list.contains(nama) && list.contains(crash), "an acknowledged write survives a crash: " + list);
        assertTrue(get("/wilayah/stats").body().contains("\"desa\":83762"));

        List<String> log = Files.readAllLines(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
        assertEquals(1, log.stream().filter(l -> l.contains("loaded 91599 regions")).count(), "loaded once");
        assertEquals(2, log.stream().filter(l -> l.contains("region list already loaded")).count());
    }

    @AfterEach
    void killLeftovers() throws Exception {
        if (karaf != null) {
            stop(true);
        }
    }

    private static Path copyAssembly() throws IOException {
        Path source = Path.of(System.getProperty("posyandu.assembly"));
        Path target = Path.of("target/restart-it");
        if (Files.exists(target)) {
            try (Stream<Path> old = Files.walk(target)) {
                old.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!source.relativize(p).startsWith("data")) {
                    Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        replace(target.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port = 8181",
                "org.osgi.service.http.port = " + PORT);
        replace(target.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort = 8101", "sshPort = 28101");
        replace(target.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort = 1099",
                "rmiRegistryPort = 21099");
        replace(target.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort = 44444",
                "rmiServerPort = 24444");
        return target.toAbsolutePath();
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " has no '" + from + "'");
        }
        Files.writeString(file, text.replace(from, to));
    }

    private void start(Path home) throws Exception {
        karaf = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectOutput(home.resolve("console.out").toFile()).redirectErrorStream(true).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                // the overall status, not the nested status of one check
                if (get("/health").body().startsWith("{\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not UP within 120 s");
    }

    /** Stops the script and the JVM it started (killing only the script would orphan the JVM). */
    private void stop(boolean kill) throws Exception {
        List<ProcessHandle> all = Stream.concat(karaf.descendants(), Stream.of(karaf.toHandle())).toList();
        all.forEach(p -> {
            if (kill) {
                p.destroyForcibly();
            } else {
                p.destroy();
            }
        });
        for (ProcessHandle p : all) {
            p.onExit().get(60, TimeUnit.SECONDS);
        }
        karaf = null;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
