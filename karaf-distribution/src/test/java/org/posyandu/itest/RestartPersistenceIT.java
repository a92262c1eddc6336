package org.posyandu.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posyandu.itest.KarafProcess.JSON;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Black-box: the real {@code bin/karaf} of the built zip, on ports 28xxx. Writes, stops gracefully, reads
 * back, writes, kills with SIGKILL right after the acknowledged write, reads back. Proves that an
 * acknowledged write survives a restart and a crash, and that the region list is loaded on the first start
 * only.
 */
class RestartPersistenceIT {
    private static final String DESA = "16.71.17.1003";
    private KarafProcess karaf;

    @Test
    void writesSurviveARestartAndACrashAndRegionsLoadOnce() throws Exception {
        karaf = KarafProcess.unpack("restart-it", 28000);
        karaf.start();
        karaf.login();
        String nama = "Restart " + UUID.randomUUID();
        HttpResponse<String> created = karaf.post("/posyandu", "{\"nama\":\"" + nama + "\",\"desaKode\":\"" + DESA + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        String id = JSON.readTree(created.body()).path("id").asText();
        karaf.stop(false); // SIGTERM: Karaf stops its bundles, Derby shuts down cleanly

        karaf.start();

        karaf.login();
        HttpResponse<String> kept = karaf.get("/posyandu/" + id);
        assertEquals(200, kept.statusCode(), "kept across a clean restart: " + kept.body());
        assertEquals(nama, JSON.readTree(kept.body()).path("nama").asText());
        String crash = "Crash " + UUID.randomUUID();
        HttpResponse<String> crashed = karaf.post("/posyandu", "{\"nama\":\"" + crash + "\",\"desaKode\":\"" + DESA + "\"}");
        assertEquals(201, crashed.statusCode(), crashed.body());
        karaf.stop(true); // SIGKILL right after the acknowledged write

        karaf.start();

        karaf.login();
        String list = karaf.get("/posyandu?wilayah=" + DESA + "&limit=500").body();
        assertTrue(list.contains(nama) && list.contains(crash), "an acknowledged write survives a crash: " + list);
        JsonNode stats = JSON.readTree(karaf.get("/wilayah/stats").body());
        assertEquals(83_762, stats.path("desa").asInt(), "region list intact after the crash: " + stats);
        assertEquals(91_599, karaf.health().path("checks").path("database").path("wilayah").asInt());

        List<String> log = Files.readAllLines(karaf.home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
        assertEquals(1, log.stream().filter(l -> l.contains("loaded 91599 regions")).count(),
                "the region list is loaded on the first start only");
        assertEquals(2, log.stream().filter(l -> l.contains("region list already loaded")).count(),
                "the second and third start find the region list in place");
    }

    @AfterEach
    void killLeftovers() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }
}
