package org.posyandu.itest;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.extra.VMOption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Boots the distribution this module just built (the real zip: real Derby, real HTTP) with Pax Exam, on
 * ports that do not clash with a dev instance, and gives tests a small JSON-over-HTTP client.
 */
public abstract class PlatformTestSupport {
    /**
     * Ports of the container under test: never the dev instance's 8181/8101/1099/44444. Shift them all with
     * {@code mvn verify -Dposyandu.it.portOffset=N} when another build on the machine holds them. The black-box
     * tests use bases 21000 to 32000 (see {@link KarafProcess#unpack}), all below Linux's ephemeral range (32768 and
     * up), so no outgoing connection of the machine can hold one by chance. Each base uses its ports +44 to +281:
     * for two builds at once, give one an offset of 500 so its ports fall between the other's.
     */
    static final int PORT_OFFSET = Integer.getInteger("posyandu.it.portOffset", 0);
    /** Read in the container too: {@link #config()} hands the value over as a system property. */
    static final int HTTP_PORT = Integer.getInteger("posyandu.it.httpPort", 18181 + PORT_OFFSET);
    static final String BASE = "http://localhost:" + HTTP_PORT + "/api/v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The bootstrap SUPERADMIN's password, configured through {@code etc/org.posyandu.security.cfg}. */
    static final String ADMIN_PASSWORD = "uji-Kuat-Sekali-2026!";
    private static String adminToken;

    @Configuration
    public Option[] config() {
        String zip = System.getProperty("posyandu.distribution");
        String karafVersion = System.getProperty("karaf.version", "4.4.10");
        requireFreePorts(HTTP_PORT, 18101 + PORT_OFFSET, 11099 + PORT_OFFSET, 44445 + PORT_OFFSET);
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl(new File(zip).toURI().toString()).name("posyandu")
                    .karafVersion(karafVersion).unpackDirectory(new File("target/pax-exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", "" + HTTP_PORT),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "" + (18101 + PORT_OFFSET)),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                    "" + (11099 + PORT_OFFSET)),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                    "" + (44445 + PORT_OFFSET)),
            // the test methods run inside the container: tell them where the HTTP port is
            systemProperty("posyandu.it.httpPort").value("" + HTTP_PORT),
            // no default credentials: the first SUPERADMIN gets the password the operator configured
            editConfigurationFilePut("etc/org.posyandu.security.cfg", "admin.password", ADMIN_PASSWORD),
            // Karaf 4.4's JDK 9+ launch flags (from bin/karaf), which Pax Exam 4.14 does not add itself
            vm("-Xmx512m"),
            vm("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
            vm("--add-reads=java.xml=java.logging"),
            vm("--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED"),
            vm("--patch-module"), vm("java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar"),
            vm("--patch-module"), vm("java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar"),
            vm("--add-opens"), vm("java.base/java.security=ALL-UNNAMED"),
            vm("--add-opens"), vm("java.base/java.net=ALL-UNNAMED"),
            vm("--add-opens"), vm("java.base/java.lang=ALL-UNNAMED"),
            vm("--add-opens"), vm("java.base/java.util=ALL-UNNAMED"),
            vm("--add-opens"), vm("java.naming/javax.naming.spi=ALL-UNNAMED"),
            vm("--add-opens"), vm("java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED"),
            vm("--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED"),
            vm("--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED"),
            vm("--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED"),
            vm("--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED"),
            vm("--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED"),
            vm("--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED"),
            vm("--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED"),
            vm("--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED"),
            vm("--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED"),
            vm("--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED"),
            vm("--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED"),
            vm("-classpath"), vm("lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*"),
        };
    }

    /**
     * Fails fast, and says why, when another process (a second build, a leftover container) holds a port: the
     * tests would otherwise wait for a container that cannot bind, or talk to the wrong one.
     */
    static void requireFreePorts(int... ports) {
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(port));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("port " + port + " is in use (another build or a leftover Karaf?); "
                        + "stop that process or run with -Dposyandu.it.portOffset=N", e);
            }
        }
    }

    private static Option vm(String option) {
        return new VMOption(option);
    }

    /** Waits until the platform reports UP (every core resource served, database ready). */
    protected static void awaitUp() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Reply last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = call(null, "GET", "/health", null);
                if (last.status == 200 && "UP".equals(last.json.path("status").asText())) {
                    return;
                }
                if (last.body.contains("schema failed")) {
                    break; // it will not get better: fail now, with the reason
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("platform not UP within 90 s; last health: " + (last == null ? "none" : last.body));
    }

    /**
     * Polls {@code condition} until it holds, failing with {@code what} once {@code deadline} has passed. A
     * generous deadline is a bound on a hang, not a speed target: timings belong in docs/bench.
     */
    protected static void await(String what, Duration deadline, java.util.concurrent.Callable<Boolean> condition)
            throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + deadline.toSeconds() + " s: " + what);
            }
            Thread.sleep(20);
        }
    }

    /** Logs in and answers the access token; fails the test if the login does not succeed. */
    protected static String login(String username, String password) throws Exception {
        Reply r = call(null, "POST", "/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (r.status != 200) {
            throw new AssertionError("login " + username + ": " + r);
        }
        return r.json.path("access_token").asText();
    }

    /** The bootstrap SUPERADMIN's access token (logged in once per test class). */
    protected static String admin() throws Exception {
        if (adminToken == null) {
            adminToken = login("admin", ADMIN_PASSWORD);
        }
        return adminToken;
    }

    /** GET as the SUPERADMIN. */
    protected static Reply get(String path) throws Exception {
        return call(admin(), "GET", path, null);
    }

    /** POST as the SUPERADMIN. */
    protected static Reply post(String path, String json) throws Exception {
        return call(admin(), "POST", path, json);
    }

    /** PUT as the SUPERADMIN. */
    protected static Reply put(String path, String json) throws Exception {
        return call(admin(), "PUT", path, json);
    }

    /** A request with {@code token} as bearer ({@code null}: anonymous) and {@code json} as body ({@code null}: none). */
    protected static Reply call(String token, String method, String path, String json) throws Exception {
        return callWithHeader(token, method, path, json, null, null);
    }

    /** {@link #call} with one more request header ({@code name} {@code null}: none). */
    protected static Reply callWithHeader(String token, String method, String path, String json, String name,
            String value) throws Exception {
        return send(request(URI.create(BASE + path), token, method, json, name, value));
    }

    /** A request with a JSON body (or none), a bearer token (or none) and one more header ({@code name} or none). */
    static HttpRequest.Builder request(URI uri, String token, String method, String json, String name, String value) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (name != null) {
            request.header(name, value);
        }
        return request;
    }

    private static Reply send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        String type = r.headers().firstValue("Content-Type").orElse("");
        JsonNode json = r.body().isEmpty() || !type.contains("json") ? null : JSON.readTree(r.body());
        return new Reply(r.statusCode(), type,
                r.headers().firstValue("Location").orElse(null), r.body(), json, r.headers());
    }

    /** The id of a created object (asserts 201). */
    protected static String id(Reply r) {
        org.junit.Assert.assertEquals(r.toString(), 201, r.status);
        return r.json.path("id").asText();
    }

    /** One HTTP answer: status, content type, Location, raw body and parsed JSON. */
    protected static final class Reply {
        final int status;
        final String contentType;
        final String location;
        final String body;
        final JsonNode json;
        final java.net.http.HttpHeaders headers;

        Reply(int status, String contentType, String location, String body, JsonNode json,
                java.net.http.HttpHeaders headers) {
            this.headers = headers;
            this.status = status;
            this.contentType = contentType;
            this.location = location;
            this.body = body;
            this.json = json;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
