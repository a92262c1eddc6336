package org.posyandu.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posyandu.itest.KarafProcess.JSON;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The same distribution on PostgreSQL instead of embedded Derby, switched by configuration only: the DataSource
 * PID rewritten before the first start (the driver is part of the boot features); no code or feature changes. Runs when
 * {@code POSYANDU_IT_PG_URL}, {@code POSYANDU_IT_PG_USER} and {@code POSYANDU_IT_PG_PASSWORD} name a database
 * it may create schemas in ({@code .ci/run} starts a local PostgreSQL when the machine has one).
 */
@EnabledIfEnvironmentVariable(named = "POSYANDU_IT_PG_URL", matches = ".+")
class PostgresIT {
    private final String url = System.getenv("POSYANDU_IT_PG_URL");
    private final String user = System.getenv("POSYANDU_IT_PG_USER");
    private final String password = System.getenv("POSYANDU_IT_PG_PASSWORD");
    private final String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private KarafProcess karaf;

    @Test
    void theRegistryRunsOnPostgresqlByConfigurationAlone() throws Exception {
        sql("CREATE SCHEMA " + schema);
        karaf = KarafProcess.unpack("postgres-it", 29000);
        Files.writeString(karaf.home.resolve("etc/org.ops4j.datasource-posyandu.cfg"), String.join("\n",
                "osgi.jdbc.driver.name = PostgreSQL JDBC Driver",
                "url = " + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "user = " + user, "password = " + password, "dataSourceName = posyandu", ""));
        karaf.start();
        karaf.login();

        JsonNode db = karaf.health().path("checks").path("database");
        assertEquals("PostgreSQL", db.path("product").asText(), db.toString());
        assertEquals(91_599, db.path("wilayah").asInt());
        assertEquals(83_762, JSON.readTree(karaf.get("/wilayah/stats").body()).path("desa").asInt());
        assertEquals("16.71", JSON.readTree(karaf.get("/wilayah?q=palem&tingkat=kabupaten").body()).get(0)
                .path("kode").asText());

        String nama = "Posyandu PG " + UUID.randomUUID();
        HttpResponse<String> created = karaf.post("/posyandu", "{\"nama\":\"" + nama + "\",\"desaKode\":\"16.71.17.1003\"}");
        assertEquals(201, created.statusCode(), created.body());
        String id = JSON.readTree(created.body()).path("id").asText();
        assertEquals(409, karaf.post("/posyandu", "{\"nama\":\"" + nama.toLowerCase() + "\",\"desaKode\":\"16.71.17.1003\"}")
                .statusCode());
        HttpResponse<String> ibu = karaf.post("/warga", "{\"nik\":\"1671175503900001\",\"nama\":\"Rina\","
                + "\"jenisKelamin\":\"P\",\"tanggalLahir\":\"1990-03-15\",\"desaKode\":\"16.71.17.1003\","
                + "\"posyanduId\":\"" + id + "\",\"hpht\":\"" + java.time.LocalDate.now().minusDays(30) + "\"}");
        assertEquals(201, ibu.statusCode(), ibu.body());
        assertEquals(409, karaf.post("/warga", "{\"nik\":\"1671175503900001\",\"nama\":\"Rina\",\"jenisKelamin\":\"P\","
                + "\"tanggalLahir\":\"1990-03-15\",\"desaKode\":\"16.71.17.1003\",\"posyanduId\":\"" + id + "\"}")
                .statusCode());
        assertEquals(1, JSON.readTree(karaf.get("/warga?wilayah=16.71&kelompok=ibu_hamil").body()).size());
        // the kesehatan module's own tables and its report queries on PostgreSQL
        HttpResponse<String> anak = karaf.post("/warga", "{\"nik\":\"1671171005250001\",\"nama\":\"Dimas\","
                + "\"jenisKelamin\":\"L\",\"tanggalLahir\":\"2025-05-10\",\"desaKode\":\"16.71.17.1003\","
                + "\"posyanduId\":\"" + id + "\"}");
        assertEquals(201, anak.statusCode(), anak.body());
        String child = JSON.readTree(anak.body()).path("id").asText();
        String forms = "/posyandu/" + id + "/forms/";
        assertEquals(201, karaf.submit(forms + "kesehatan.balita/submissions", "{\"wargaId\":\"" + child
                + "\",\"tanggal\":\"2026-09-01\",\"data\":{\"punyaBukuKia\":true}}").statusCode());
        for (String[] visit : new String[][] { { "2026-09-10", "9.0" }, { "2026-10-10", "9.1" } }) {
            HttpResponse<String> w = karaf.submit(forms + "kesehatan.penimbangan/submissions", "{\"wargaId\":\"" + child
                    + "\",\"tanggal\":\"" + visit[0] + "\",\"data\":{\"beratKg\":" + visit[1]
                    + ",\"vitaminA\":\"tidak\",\"pmtDiterima\":false}}");
            assertEquals(201, w.statusCode(), w.body());
        }
        assertEquals(201, karaf.submit(forms + "kesehatan.imunisasi/submissions", "{\"wargaId\":\"" + child
                + "\",\"tanggal\":\"2026-10-10\",\"data\":{\"vaksin\":[\"mr-1\"],\"kipi\":false}}").statusCode());
        // the kabupaten first: nothing kept yet, so its statements count the whole area (Derby's hints are comments here)
        JsonNode kota = JSON.readTree(karaf.get("/spm/kesehatan/laporan/skdn?wilayah=16.71&bulan=2026-10").body());
        assertEquals(1, kota.path("K").asInt(), kota.toString());
        assertEquals(1, kota.path("D").asInt(), kota.toString());
        // a second Posyandu kept, a child registered at the first: only the first is counted again, through its own
        // statements (the one-Posyandu path)
        HttpResponse<String> second = karaf.post("/posyandu", "{\"nama\":\"Posyandu Kedua " + nama
                + "\",\"desaKode\":\"16.71.17.1003\"}");
        assertEquals(201, second.statusCode(), second.body());
        String kedua = JSON.readTree(second.body()).path("id").asText();
        assertEquals(200, karaf.get("/spm/kesehatan/laporan/skdn?wilayah=16.71.17&bulan=2026-10").statusCode());
        HttpResponse<String> eka = karaf.post("/warga", "{\"nik\":\"1671171506250002\",\"nama\":\"Eka\",\"jenisKelamin\":\"L\","
                + "\"tanggalLahir\":\"2025-06-15\",\"desaKode\":\"16.71.17.1003\",\"posyanduId\":\"" + id + "\"}");
        assertEquals(201, eka.statusCode(), eka.body());
        JsonNode skdn = JSON.readTree(karaf.get("/spm/kesehatan/laporan/skdn?wilayah=16.71.17&bulan=2026-10").body());
        assertEquals(2, skdn.path("S").asInt(), skdn.toString());
        assertEquals(1, skdn.path("K").asInt(), skdn.toString());
        assertEquals(1, skdn.path("D").asInt(), skdn.toString());
        assertEquals(1, skdn.path("T").asInt(), "100 g in a 16-month-old is below the KMS minimum of 200 g");
        // a life event on PostgreSQL: Eka moves to the second Posyandu in October, counted at the first for October
        // and at the second from November (the area and the one-Posyandu statements)
        HttpResponse<String> moved = karaf.post("/warga/" + JSON.readTree(eka.body()).path("id").asText() + "/peristiwa",
                "{\"jenis\":\"pindah\",\"tanggal\":\"2026-10-20\",\"posyanduTujuan\":\"" + kedua + "\"}");
        assertEquals(201, moved.statusCode(), moved.body());
        assertEquals(2, skdnS("wilayah=16.71.17&bulan=2026-10"));
        assertEquals(2, skdnS("posyandu=" + id + "&bulan=2026-10"));
        assertEquals(0, skdnS("posyandu=" + kedua + "&bulan=2026-10"));
        assertEquals(1, skdnS("posyandu=" + kedua + "&bulan=2026-11"));
        JsonNode imunisasi = JSON.readTree(karaf.get("/spm/kesehatan/laporan/imunisasi?wilayah=16.71.17&bulan=2026-10")
                .body());
        assertEquals(1, imunisasi.path("dosisBulanIni").path("mr-1").asInt(), imunisasi.toString());
        assertEquals(200, karaf.get("/spm/kesehatan/anak/" + child + "/grafik").statusCode());
        assertTrue(karaf.get("/spm/kesehatan/laporan/e-ppgbm?wilayah=16.71&bulan=2026-10").body()
                .contains("\"1671171005250001\",\"Dimas\""));

        karaf.stop(false);
        karaf.start();
        karaf.login();
        assertEquals(200, karaf.get("/posyandu/" + id).statusCode());
        List<String> log = Files.readAllLines(karaf.home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
        assertEquals(1, log.stream().filter(l -> l.contains("loaded 91599 regions")).count());
    }

    @AfterEach
    void cleanUp() throws Exception {
        try {
            if (karaf != null) {
                karaf.close();
            }
        } finally {
            sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private int skdnS(String query) throws Exception {
        HttpResponse<String> r = karaf.get("/spm/kesehatan/laporan/skdn?" + query);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("S").asInt();
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
