package org.posyandu.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Karaf shell on the real distribution: reachable on 127.0.0.1 only, and only the platform's SUPERADMIN
 * accounts log in (a JAAS realm backed by the platform's users replaces Karaf's own).
 */
class ShellAccessIT {
    private static final String PASSWORD = "Shell-Uji-Kuat-2026";
    private static KarafProcess karaf;

    @BeforeAll
    static void start() throws Exception {
        karaf = KarafProcess.unpack("shell-it", 30000);
        karaf.start();
        karaf.login();
        HttpResponse<String> p = karaf.post("/posyandu", "{\"nama\":\"Posyandu Shell\",\"desaKode\":\"16.71.17.1003\"}");
        assertEquals(201, p.statusCode(), p.body());
        String posyandu = KarafProcess.JSON.readTree(p.body()).path("id").asText();
        assertEquals(201, karaf.post("/users", "{\"username\":\"kader.shell\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"KADER\",\"posyanduIds\":[\"" + posyandu + "\"]}").statusCode());
        assertEquals(201, karaf.post("/users", "{\"username\":\"kab.shell\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"ADMIN_KABUPATEN\",\"wilayah\":\"16.71\"}").statusCode());
    }

    @AfterAll
    static void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    void theSuperadminRunsShellCommands() throws Exception {
        KarafProcess.ShellResult r = karaf.client("admin", KarafProcess.ADMIN_PASSWORD, "bundle:list -s");
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("org.posyandu.core"), r.output());
        // the login is on the audit trail like a REST login
        JsonNode trail = KarafProcess.JSON.readTree(karaf.get("/audit?objectType=shell&action=LOGIN").body());
        assertTrue(trail.size() >= 1, trail.toString());
        assertEquals("admin", trail.get(0).path("username").asText());
    }

    @Test
    void operatorsManageModuleActivationFromTheShell() throws Exception {
        KarafProcess.ShellResult list = karaf.client("admin", KarafProcess.ADMIN_PASSWORD, "posyandu:modules");
        assertEquals(0, list.exit(), list.output());
        for (String module : new String[] { "kesehatan", "pendidikan", "pekerjaan-umum", "perumahan-rakyat",
                "trantibumlinmas", "sosial" }) {
            assertTrue(list.output().contains(module), list.output());
        }
        KarafProcess.ShellResult on = karaf.client("admin", KarafProcess.ADMIN_PASSWORD, "posyandu:enable 16.71 sosial ppks");
        assertEquals(0, on.exit(), on.output());
        JsonNode state = KarafProcess.JSON.readTree(karaf.get("/kabupaten/16.71/modules").body());
        JsonNode sosial = null;
        for (JsonNode a : state) {
            if ("sosial".equals(a.path("moduleId").asText())) {
                sosial = a;
            }
        }
        assertTrue(sosial != null && sosial.path("enabled").asBoolean(), state.toString());
        assertEquals("[\"ppks\"]", sosial.path("menus").toString());
        assertEquals("admin", sosial.path("diubahOleh").asText(), "the shell user is who changed it");
        KarafProcess.ShellResult table = karaf.client("admin", KarafProcess.ADMIN_PASSWORD, "posyandu:modules -k 16.71");
        assertTrue(table.output().contains("ppks"), table.output());
        KarafProcess.ShellResult off = karaf.client("admin", KarafProcess.ADMIN_PASSWORD, "posyandu:disable 16.71 sosial");
        assertEquals(0, off.exit(), off.output());
        JsonNode trail = KarafProcess.JSON.readTree(karaf.get("/audit?objectType=module&objectId=sosial").body());
        assertTrue(trail.size() >= 2, trail.toString());
    }

    @Test
    void nobodyElseGetsIn() throws Exception {
        for (String[] who : new String[][] { { "admin", "wrong-password-123" }, { "kader.shell", PASSWORD },
                { "kab.shell", PASSWORD }, { "karaf", "karaf" }, { "nobody", PASSWORD } }) {
            KarafProcess.ShellResult r = karaf.client(who[0], who[1], "bundle:list -s");
            assertNotEquals(0, r.exit(), who[0] + ": " + r.output());
            assertFalse(r.output().contains("org.posyandu.core"), who[0] + ": " + r.output());
        }
        // a refused role is on the trail as a refusal, never as a login
        JsonNode kader = KarafProcess.JSON.readTree(karaf.get("/audit?objectType=shell&username=kader.shell").body());
        assertTrue(kader.size() >= 1, kader.toString());
        kader.forEach(e -> assertEquals("LOGIN_FAILED", e.path("action").asText(), e.toString()));
        // shell attempts do not lock the same user out of the REST login
        for (int i = 0; i < 3; i++) {
            karaf.client("kab.shell", "wrong-password-" + i, "bundle:list");
        }
        assertEquals(200, karaf.post("/auth/token", "{\"username\":\"kab.shell\",\"password\":\"" + PASSWORD + "\"}")
                .statusCode());
    }

    @Test
    void sshListensOnTheLoopbackOnly() throws Exception {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", karaf.sshPort), 2000);
        }
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                }).flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address).findFirst();
        if (external.isEmpty()) {
            System.out.println("no non-loopback IPv4 address on this machine: the external check is skipped");
            return;
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(external.get(), karaf.sshPort), 2000);
            throw new AssertionError("SSH answered on " + external.get());
        } catch (IOException expected) {
            // refused: nothing listens there
        }
    }
}
