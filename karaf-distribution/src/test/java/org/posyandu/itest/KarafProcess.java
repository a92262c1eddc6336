package org.posyandu.itest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The built distribution run as a user runs it: unpacked from the zip, started with {@code bin/karaf server},
 * stopped with SIGTERM or SIGKILL to the whole process tree (stopping only the script would orphan the JVM).
 * Black-box tests use it where Pax Exam cannot go (restarts, another database).
 */
final class KarafProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The SUPERADMIN password every black-box run sets through {@code POSYANDU_ADMIN_PASSWORD}. */
    static final String ADMIN_PASSWORD = "uji-Kuat-Sekali-2026!";

    final Path home;
    private final String base;
    private String token;
    private Process karaf;
    private Thread killOnExit;

    /** The SSH port of this copy (127.0.0.1 only). */
    final int sshPort;
    /** The HTTP port of this copy. */
    final int httpPort;

    private KarafProcess(Path home, int httpPort, int sshPort) {
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
        this.base = "http://localhost:" + httpPort + "/api/v1";
    }

    /**
     * Unpacks the built zip into {@code target/<folder>} with every port moved to {@code portBase + n}
     * (HTTP {@code portBase+181}, SSH {@code +101}, RMI {@code +99} and {@code +44}), away from a dev instance.
     */
    static KarafProcess unpack(String folder, int portBase) throws IOException {
        int offset = Integer.getInteger("posyandu.it.portOffset", 0);
        int http = portBase + 181 + offset;
        PlatformTestSupport.requireFreePorts(http, portBase + 101 + offset, portBase + 99 + offset,
                portBase + 44 + offset);
        Path target = Path.of("target", folder).toAbsolutePath();
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
        setProperty(target.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", http);
        setProperty(target.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", portBase + 101 + offset);
        setProperty(target.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", portBase + 99 + offset);
        setProperty(target.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", portBase + 44 + offset);
        return new KarafProcess(target, http, portBase + 101 + offset);
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

    /** Starts {@code bin/karaf server} and waits until the overall health status is UP. */
    void start() throws Exception {
        // again at every (re)start: another build may have taken a port since unpack, and then the health check
        // below would be answered by a stranger's platform
        PlatformTestSupport.requireFreePorts(httpPort, sshPort);
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.out").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("POSYANDU_ADMIN_PASSWORD", ADMIN_PASSWORD);
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

    /** SIGTERM (Karaf stops its bundles, Derby shuts down cleanly) or SIGKILL to the script and its JVM. */
    void stop(boolean kill) throws Exception {
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

    @Override
    public void close() throws Exception {
        if (karaf != null) {
            stop(true);
        }
    }

    private static List<ProcessHandle> processTree(Process root) {
        return Stream.concat(root.descendants(), Stream.of(root.toHandle())).toList();
    }

    JsonNode health() throws Exception {
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

    /** Logs in as the bootstrap SUPERADMIN; later requests carry its access token. */
    void login() throws Exception {
        token = null;
        HttpResponse<String> r = post("/auth/token",
                "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
        if (r.statusCode() != 200) {
            throw new AssertionError("admin login: " + r.statusCode() + " " + r.body());
        }
        token = JSON.readTree(r.body()).path("access_token").asText();
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(authorized(HttpRequest.newBuilder(URI.create(base + path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(authorized(HttpRequest.newBuilder(URI.create(base + path)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form submission with an Idempotency-Key of its own, as a phone does. */
    HttpResponse<String> submit(String path, String json) throws Exception {
        return HTTP.send(authorized(HttpRequest.newBuilder(URI.create(base + path)))
                .header("Content-Type", "application/json").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Any method with a JSON body and an Idempotency-Key ({@code null}: none), e.g. a correction ({@code PUT}). */
    HttpResponse<String> send(String method, String path, String json, String idempotencyKey) throws Exception {
        HttpRequest.Builder b = authorized(HttpRequest.newBuilder(URI.create(base + path)))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Runs shell commands through {@code bin/client} in batch mode; answers the exit code and the output. */
    ShellResult client(String user, String password, String commands) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", "" + sshPort, "-h",
                "127.0.0.1", "-u", user, "-p", password, "-r", "1", "-b").directory(home.toFile())
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = builder.start();
        p.getOutputStream().write((commands + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/client hung: " + out);
        }
        return new ShellResult(p.exitValue(), out);
    }

    record ShellResult(int exit, String output) {
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(30));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }
}
