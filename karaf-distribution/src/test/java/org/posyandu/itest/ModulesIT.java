package org.posyandu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * SPM modules on the real distribution: six modules, per-kabupaten activation seen by kader of two kabupaten,
 * idempotent submissions and sync, and a module removed and brought back on the running platform under load
 * without one failed request elsewhere.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModulesIT extends PlatformTestSupport {
    private static final String PASSWORD = "modul-Uji-2026-panjang";
    private static final String KAB_A = "16.71"; // Kota Palembang
    private static final String KAB_B = "16.01"; // Kabupaten Ogan Komering Ulu
    private static String posyanduA;
    private static String posyanduB;
    private static String wargaA;
    private static String anakA;
    private static String adminA;
    private static String adminB;
    private static String kaderA;
    private static String kaderB;

    @Inject
    private FeaturesService features;

    @Inject
    private org.osgi.framework.BundleContext bundleContext;

    @Before
    public void setUp() throws Exception {
        awaitUp();
        if (posyanduA != null) {
            return;
        }
        posyanduA = id(post("/posyandu", "{\"nama\":\"Posyandu A " + UUID.randomUUID() + "\",\"desaKode\":\"16.71.17.1003\"}"));
        posyanduB = id(post("/posyandu", "{\"nama\":\"Posyandu B " + UUID.randomUUID() + "\",\"desaKode\":\"16.01.07.2001\"}"));
        // old enough for a neglected-elderly record (60+); a child of PAUD age (3-6) for the pendidikan forms
        wargaA = id(post("/warga", "{\"nik\":\"1671170101500001\",\"nama\":\"Pak Tua\",\"jenisKelamin\":\"L\","
                + "\"tanggalLahir\":\"1950-01-01\",\"desaKode\":\"16.71.17.1003\",\"posyanduId\":\"" + posyanduA + "\"}"));
        anakA = id(post("/warga", "{\"nik\":\"1671171506220001\",\"nama\":\"Putra\",\"jenisKelamin\":\"L\","
                + "\"tanggalLahir\":\"2022-06-15\",\"desaKode\":\"16.71.17.1003\",\"posyanduId\":\"" + posyanduA + "\"}"));
        id(post("/users", user("adm-a", "ADMIN_KABUPATEN", "\"wilayah\":\"" + KAB_A + "\"")));
        id(post("/users", user("adm-b", "ADMIN_KABUPATEN", "\"wilayah\":\"" + KAB_B + "\"")));
        id(post("/users", user("kader-a", "KADER", "\"posyanduIds\":[\"" + posyanduA + "\"]")));
        id(post("/users", user("kader-b", "KADER", "\"posyanduIds\":[\"" + posyanduB + "\"]")));
        adminA = login("adm-a", PASSWORD);
        adminB = login("adm-b", PASSWORD);
        kaderA = login("kader-a", PASSWORD);
        kaderB = login("kader-b", PASSWORD);
    }

    @Test
    public void sixModulesWithMenusAndForms() throws Exception {
        Reply r = call(kaderA, "GET", "/modules", null);
        assertEquals(r.toString(), 200, r.status);
        Set<String> ids = new TreeSet<>();
        for (JsonNode m : r.json) {
            ids.add(m.path("id").asText());
            assertEquals(m.toString(), "AKTIF", m.path("status").asText());
            assertTrue(m.path("menus").size() >= 1);
            m.path("menus").forEach(menu -> assertTrue(menu.path("forms").size() >= 1));
        }
        assertEquals(Set.of("kesehatan", "pendidikan", "pekerjaan-umum", "perumahan-rakyat", "trantibumlinmas", "sosial"), ids);
        JsonNode health = call(null, "GET", "/health", null).json.path("checks").path("modules");
        assertEquals(6, health.path("aktif").size());
    }

    @Test
    public void aKabupatenStartsWithKesehatanAndWidensByDecision() throws Exception {
        assertEquals(Set.of("kesehatan"), modulesOf(call(kaderB, "GET", "/posyandu/" + posyanduB + "/forms", null)));
        // kabupaten A turns sosial on (one menu), kabupaten B keeps it off: each kader sees the difference
        Reply on = call(adminA, "PUT", "/kabupaten/" + KAB_A + "/modules/sosial", "{\"enabled\":true,\"menus\":[\"ppks\"]}");
        assertEquals(on.toString(), 200, on.status);
        Reply off = call(adminB, "PUT", "/kabupaten/" + KAB_B + "/modules/sosial", "{\"enabled\":false}");
        assertEquals(off.toString(), 200, off.status);
        Reply formsA = call(kaderA, "GET", "/posyandu/" + posyanduA + "/forms", null);
        assertTrue(formsA.body, formsA.body.contains("\"sosial.ppks\"") && !formsA.body.contains("\"sosial.rujukan\""));
        JsonNode schema = form(formsA.json, "sosial.ppks").path("schema");
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals("Kategori PPKS", schema.path("properties").path("kategori").path("title").asText());
        assertFalse(modulesOf(call(kaderB, "GET", "/posyandu/" + posyanduB + "/forms", null)).contains("sosial"));
        Reply refused = call(kaderB, "POST", "/posyandu/" + posyanduB + "/forms/sosial.ppks/submissions",
                ppks(null, "anak-terlantar"), UUID.randomUUID().toString());
        assertEquals(refused.toString(), 403, refused.status);
        assertTrue(refused.body, refused.body.contains("tidak diaktifkan"));
        // only the kabupaten's own admin (or above) changes it; the history keeps who did what
        assertEquals(403, call(adminB, "PUT", "/kabupaten/" + KAB_A + "/modules/sosial", "{\"enabled\":false}").status);
        assertEquals(403, call(kaderA, "PUT", "/kabupaten/" + KAB_A + "/modules/sosial", "{\"enabled\":false}").status);
        Reply history = call(adminA, "GET", "/kabupaten/" + KAB_A + "/modules/sosial/riwayat", null);
        assertEquals("adm-a", history.json.get(0).path("diubahOleh").asText());
        assertEquals(422, call(adminA, "PUT", "/kabupaten/" + KAB_A + "/modules/sosial",
                "{\"enabled\":true,\"menus\":[\"tidak-ada\"]}").status);
        Reply audit = call(adminA, "GET", "/audit?action=MODULE_ENABLE&objectId=sosial", null);
        assertTrue(audit.body, audit.json.size() >= 1);
    }

    @Test
    public void submissionsAreStoredOnceValidatedAndKeptWhenAModuleIsDisabled() throws Exception {
        call(adminA, "PUT", "/kabupaten/" + KAB_A + "/modules/sosial", "{\"enabled\":true}");
        String key = UUID.randomUUID().toString();
        String path = "/posyandu/" + posyanduA + "/forms/sosial.ppks/submissions";
        Reply first = call(kaderA, "POST", path, ppks(wargaA, "lansia-terlantar"), key);
        assertEquals(first.toString(), 201, first.status);
        Reply again = call(kaderA, "POST", path, ppks(wargaA, "lansia-terlantar"), key);
        assertEquals(again.toString(), 201, again.status);
        assertEquals(first.json.path("id").asText(), again.json.path("id").asText());
        assertEquals("true", again.headers.firstValue("Idempotent-Replayed").orElse(""));
        Reply other = call(kaderA, "POST", path, ppks(wargaA, "anak-terlantar"), key);
        assertEquals(other.toString(), 422, other.status);
        assertTrue(other.body.contains("idempotencyKey.reused"));
        Reply bad = call(kaderA, "POST", path, "{\"wargaId\":\"" + wargaA + "\",\"tanggal\":\"2026-11-20\",\"data\":"
                + "{\"kategori\":\"disabilitas-terlantar\",\"kebutuhan\":[\"pangan\"],\"statusDtsen\":\"tidak\","
                + "\"desilDtsen\":3,\"tinggalSendiri\":\"ya\"}}", UUID.randomUUID().toString());
        assertEquals(bad.toString(), 422, bad.status);
        Set<String> fields = new TreeSet<>();
        bad.json.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertEquals(Set.of("data.jenisDisabilitas", "data.desilDtsen", "data.tinggalSendiri"), fields);
        assertEquals(422, call(kaderA, "POST", path, ppks(wargaA, "pengemis"), null).status); // no key
        Reply list = call(kaderA, "GET", path + "?periode=2026-11", null);
        assertEquals(1, list.json.size());
        Reply one = call(kaderA, "GET", path + "/" + first.json.path("id").asText(), null);
        assertEquals(one.toString(), 200, one.status);
        assertEquals(wargaA, one.json.path("wargaId").asText());
        // another kabupaten's kader sees neither the Posyandu's submissions nor this one
        assertEquals(404, call(kaderB, "GET", path + "/" + first.json.path("id").asText(), null).status);
        assertEquals(404, call(kaderB, "GET", path, null).status);
        assertEquals(422, call(kaderA, "GET", path + "?periode=2026-13", null).status);
        assertEquals("lansia-terlantar", list.json.get(0).path("data").path("kategori").asText());

        // disabled: the form disappears and new data is refused, but what is stored stays readable
        assertEquals(200, call(adminA, "PUT", "/kabupaten/" + KAB_A + "/modules/sosial", "{\"enabled\":false}").status);
        assertFalse(modulesOf(call(kaderA, "GET", "/posyandu/" + posyanduA + "/forms", null)).contains("sosial"));
        assertEquals(403, call(kaderA, "POST", path, ppks(wargaA, "pengemis"), UUID.randomUUID().toString()).status);
        assertEquals(1, call(kaderA, "GET", path, null).json.size());
        // a retry of what was stored before is still answered as stored
        assertEquals(201, call(kaderA, "POST", path, ppks(wargaA, "lansia-terlantar"), key).status);
        call(adminA, "PUT", "/kabupaten/" + KAB_A + "/modules/sosial", "{\"enabled\":true}");
    }

    @Test
    public void anOfflinePhoneSyncsManySubmissionsEachWithItsOwnResult() throws Exception {
        String ok = UUID.randomUUID().toString();
        String item = "{\"idempotencyKey\":\"%s\",\"posyanduId\":\"" + posyanduA + "\",\"formId\":\"kesehatan.skrining\","
                + "\"wargaId\":\"" + wargaA + "\",\"tanggal\":\"2026-11-21\",\"data\":{\"sistolik\":%d,\"diastolik\":85,"
                + "\"beratKg\":70,\"tinggiCm\":165,\"merokok\":false}}";
        String body = "{\"submissions\":[" + String.format(item, ok, 150) + "," + String.format(item, ok, 150) + ","
                + String.format(item, UUID.randomUUID(), 20) + "]}";
        Reply r = call(kaderA, "POST", "/sync", body);
        assertEquals(r.toString(), 200, r.status);
        JsonNode results = r.json.path("results");
        assertEquals(201, results.get(0).path("status").asInt());
        assertEquals("the same key again: already stored", 200, results.get(1).path("status").asInt());
        assertEquals(results.get(0).path("submission").path("id"), results.get(1).path("submission").path("id"));
        assertEquals(422, results.get(2).path("status").asInt());
        assertEquals("data.sistolik", results.get(2).path("problem").path("errors").get(0).path("field").asText());
        // the module computed what it computes, and flagged the referral
        JsonNode data = results.get(0).path("submission").path("data");
        assertEquals(25.7, data.path("imt").asDouble(), 0.001);
        assertTrue(data.path("perluRujukan").asBoolean());
        assertEquals(1, call(kaderA, "GET", "/posyandu/" + posyanduA + "/forms/kesehatan.skrining/submissions", null)
                .json.size());
    }

    @Test
    public void aModuleIsRemovedAndBroughtBackUnderLoadWithoutAFailedRequestElsewhere() throws Exception {
        call(adminA, "PUT", "/kabupaten/" + KAB_A + "/modules/pendidikan", "{\"enabled\":true}");
        String path = "/posyandu/" + posyanduA + "/forms/pendidikan.paud/submissions";
        String stored = id(call(kaderA, "POST", path, "{\"wargaId\":\"" + anakA + "\",\"tanggal\":\"2026-11-20\","
                + "\"data\":{\"ikutPaud\":false,\"alasanTidak\":\"jarak\"}}", UUID.randomUUID().toString()));
        List<String> unaffected = List.of("/wilayah/16.71", "/posyandu/" + posyanduA, "/warga/" + wargaA,
                "/posyandu/" + posyanduA + "/forms", "/modules");
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        ExecutorService load = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            load.submit(() -> {
                int i = 0;
                while (running.get()) {
                    String p = unaffected.get(i++ % unaffected.size());
                    try {
                        Reply r = call(kaderA, "GET", p, null);
                        requests.incrementAndGet();
                        if (r.status != 200) {
                            failures.merge(p + " " + r.status, 1, Integer::sum);
                        }
                    } catch (Exception e) {
                        failures.merge(p + " " + e, 1, Integer::sum);
                    }
                }
                return null;
            });
        }
        for (int round = 0; round < 3; round++) {
            features.uninstallFeature("posyandu-spm-pendidikan", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            await("pendidikan gone from /modules after uninstallFeature", Duration.ofSeconds(60),
                    () -> !call(kaderA, "GET", "/modules", null).body.contains("\"pendidikan\""));
            assertEquals(404, call(kaderA, "POST", path, "{\"tanggal\":\"2026-11-20\",\"data\":{}}",
                    UUID.randomUUID().toString()).status);
            features.installFeature("posyandu-spm-pendidikan", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            await("pendidikan.paud served again after installFeature", Duration.ofSeconds(60),
                    () -> call(kaderA, "GET", "/posyandu/" + posyanduA + "/forms", null).body.contains("pendidikan.paud"));
        }
        // the load keeps running after the last install: the module's return must not break it either
        int afterLastInstall = requests.get();
        await("load requests after the module came back", Duration.ofSeconds(60),
                () -> requests.get() >= afterLastInstall + 100);
        running.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals("requests to unaffected endpoints that failed (of " + requests.get() + ")", Map.of(), failures);
        // how fast removal is belongs to docs/bench/submissions.sh, not to a test that must not fail by timing
        // the data of the module survived its removal
        Reply back = call(kaderA, "GET", path, null);
        assertEquals(back.toString(), 200, back.status);
        assertEquals(stored, back.json.get(0).path("id").asText());
    }

    @Test
    public void aModuleWhoseBundleCannotStartIsReportedAndHarmsNothing() throws Exception {
        // a module bundle that announces itself but needs a package nobody exports
        java.nio.file.Path jar = java.nio.file.Files.createTempFile("posyandu-spm-rusak", ".jar");
        java.util.jar.Manifest mf = new java.util.jar.Manifest();
        mf.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        mf.getMainAttributes().putValue("Bundle-SymbolicName", "org.posyandu.spm.rusak");
        mf.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        mf.getMainAttributes().putValue("Import-Package", "org.example.tidak.ada");
        mf.getMainAttributes().putValue("Posyandu-Module", "rusak");
        try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar), mf)) {
            out.flush();
        }
        org.osgi.framework.Bundle broken = bundleContext.installBundle(jar.toUri().toString());
        try {
            try {
                broken.start();
            } catch (org.osgi.framework.BundleException expected) {
                // unresolved: exactly what a real broken module looks like
            }
            Reply modules = call(kaderA, "GET", "/modules", null);
            JsonNode rusak = null;
            for (JsonNode m : modules.json) {
                if ("rusak".equals(m.path("id").asText())) {
                    rusak = m;
                }
            }
            assertNotNull(modules.body, rusak);
            assertEquals("GAGAL", rusak.path("status").asText());
            assertTrue(rusak.path("alasan").asText(), rusak.path("alasan").asText().contains("not resolved"));
            Reply health = call(null, "GET", "/health", null);
            assertEquals("a broken module never takes the platform down", 200, health.status);
            assertEquals("installed but not resolved",
                    health.json.path("checks").path("modules").path("gagal").path("rusak").asText()
                            .replaceAll(".* is ", ""));
            assertTrue(health.json.path("checks").path("modules").path("aktif").size() >= 6);
            assertEquals(200, call(kaderA, "GET", "/posyandu/" + posyanduA + "/forms", null).status);
        } finally {
            broken.uninstall();
        }
    }

    @Test
    public void theAnthropometryCalculatorAnswersZScoresAndRefusesTheImpossible() throws Exception {
        Reply r = call(kaderA, "POST", "/spm/kesehatan/antropometri", "{\"sex\":\"M\",\"birthDate\":\"2024-11-20\","
                + "\"measuredOn\":\"2025-11-20\",\"weightKg\":9.6,\"lengthCm\":75.7,\"measurement\":\"RECUMBENT\"}");
        assertEquals(r.toString(), 200, r.status);
        assertEquals(365, r.json.path("ageDays").asInt());
        assertEquals(-0.02, r.json.path("zScores").path("wfa").asDouble(), 0.05);
        assertEquals("normal", r.json.path("status").path("bbU").asText());
        assertTrue(r.json.path("zScores").path("hcfa").isNull());
        Reply before = call(kaderA, "POST", "/spm/kesehatan/antropometri", "{\"sex\":\"F\",\"birthDate\":\"2025-01-10\","
                + "\"measuredOn\":\"2025-01-01\",\"weightKg\":-2}");
        assertEquals(before.toString(), 422, before.status);
        assertTrue(before.body, before.body.contains("\"measuredOn\"") && before.body.contains("\"weightKg\""));
        assertEquals(401, call(null, "POST", "/spm/kesehatan/antropometri", "{}").status);
    }

    @Test
    public void aKaderWeighsAChildAndSeesZScoresClassAndNtAtOnce() throws Exception {
        String child = id(post("/warga", "{\"nik\":\"1671171011250001\",\"nama\":\"Budi Kecil\",\"jenisKelamin\":\"L\","
                + "\"tanggalLahir\":\"2025-11-10\",\"desaKode\":\"16.71.17.1003\",\"posyanduId\":\"" + posyanduA + "\"}"));
        String path = "/posyandu/" + posyanduA + "/forms/kesehatan.penimbangan/submissions";
        String april = "{\"wargaId\":\"" + child + "\",\"tanggal\":\"2026-04-12\",\"data\":{\"beratKg\":7.5,"
                + "\"panjangTinggiCm\":66.0,\"caraUkur\":\"terlentang\",\"vitaminA\":\"tidak\",\"pmtDiterima\":false}}";
        Reply first = call(kaderA, "POST", path, april, UUID.randomUUID().toString());
        assertEquals(first.toString(), 201, first.status);
        assertEquals("B", first.json.path("data").path("naikBeratBadan").asText());
        assertEquals(5, first.json.path("data").path("umurBulan").asInt());
        assertTrue(first.body, first.json.path("data").has("zBbU") && first.json.path("data").has("zTbU"));
        String may = april.replace("2026-04-12", "2026-05-12").replace("7.5", "7.7");
        Reply second = call(kaderA, "POST", path, may, UUID.randomUUID().toString());
        assertEquals(second.toString(), 201, second.status);
        JsonNode d = second.json.path("data");
        assertEquals("+200 g at 6 months is below the 400 g minimum", "T", d.path("naikBeratBadan").asText());
        assertFalse(d.path("duaT").asBoolean());
        assertTrue(d.path("statusBbU").asText().length() > 0);
        // a kader cannot type what the platform computes
        Reply typed = call(kaderA, "POST", path, may.replace("\"pmtDiterima\":false", "\"pmtDiterima\":false,\"zBbU\":0"),
                UUID.randomUUID().toString());
        assertEquals(422, typed.status);
        assertTrue(typed.body.contains("data.zBbU"));
    }

    @Test
    public void thePhoneGetsTheWhoTablesOnceAndThenOnlyAsked() throws Exception {
        String path = "/spm/kesehatan/antropometri/tabel";
        Reply anonymous = call(null, "GET", path, null);
        assertEquals(401, anonymous.status);
        assertTrue(anonymous.contentType, anonymous.contentType.startsWith("application/problem+json"));
        Reply r = call(kaderA, "GET", path, null);
        assertEquals(200, r.status);
        JsonNode wfaL = r.json.path("tabel").path("wfa").path("L");
        assertEquals("boys and girls", 2, wfaL.size());
        assertEquals("WHO wfa by day, 0-1856", 1857, wfaL.get(1).size());
        assertTrue(r.json.path("kenaikanMinimalGram").size() > 0);
        String tag = r.headers.firstValue("ETag").orElseThrow();
        Reply again = callWithHeader(kaderA, "GET", path, null, "If-None-Match", tag);
        assertEquals("unchanged: the phone keeps its copy", 304, again.status);
    }

    @Test
    public void aBatchSeesItsOwnEarlierItemsAsTheChildsHistory() throws Exception {
        String child = id(post("/warga", "{\"nik\":\"1671171503250001\",\"nama\":\"Batch Kecil\",\"jenisKelamin\":\"L\","
                + "\"tanggalLahir\":\"2025-03-15\",\"desaKode\":\"16.71.17.1003\",\"posyanduId\":\"" + posyanduA + "\"}"));
        String item = "{\"idempotencyKey\":\"%s\",\"posyanduId\":\"" + posyanduA + "\",\"formId\":\"kesehatan.penimbangan\","
                + "\"wargaId\":\"" + child + "\",\"tanggal\":\"%s\",\"data\":{\"beratKg\":%s,\"vitaminA\":\"tidak\","
                + "\"pmtDiterima\":false}}";
        // April, then May (+500 g at 13-14 months: N), then a second May weighing of the same child
        String body = "{\"submissions\":[" + String.format(item, UUID.randomUUID(), "2026-04-10", "9.0") + ","
                + String.format(item, UUID.randomUUID(), "2026-05-10", "9.5") + ","
                + String.format(item, UUID.randomUUID(), "2026-05-20", "9.6") + "]}";
        Reply r = call(kaderA, "POST", "/sync", body);
        assertEquals(r.toString(), 200, r.status);
        JsonNode results = r.json.path("results");
        assertEquals(201, results.get(0).path("status").asInt());
        assertEquals(results.toString(), 201, results.get(1).path("status").asInt());
        assertEquals("May compares with April from the same batch", "N",
                results.get(1).path("submission").path("data").path("naikBeratBadan").asText());
        assertEquals(results.toString(), 422, results.get(2).path("status").asInt());
        assertEquals("kesehatan.sudahDitimbang", results.get(2).path("problem").path("errors").get(0).path("rule").asText());
        JsonNode may = call(kaderA, "GET", "/posyandu/" + posyanduA + "/forms/kesehatan.penimbangan/submissions?periode=2026-05",
                null).json;
        int forChild = 0;
        for (JsonNode s : may) {
            forChild += child.equals(s.path("wargaId").asText()) ? 1 : 0;
        }
        assertEquals("one weighing a month, also within one batch", 1, forChild);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static Reply call(String token, String method, String path, String json, String idempotencyKey)
            throws Exception {
        return idempotencyKey == null ? call(token, method, path, json)
                : callWithHeader(token, method, path, json, "Idempotency-Key", idempotencyKey);
    }

    private static String ppks(String warga, String kategori) {
        return "{" + (warga == null ? "" : "\"wargaId\":\"" + warga + "\",") + "\"tanggal\":\"2026-11-20\",\"data\":{"
                + "\"kategori\":\"" + kategori + "\",\"kebutuhan\":[\"pangan\"],\"statusDtsen\":\"ya\",\"desilDtsen\":1,"
                + "\"tinggalSendiri\":true}}";
    }

    private static String user(String username, String role, String binding) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\","
                + binding + "}";
    }

    private static Set<String> modulesOf(Reply forms) {
        assertEquals(forms.toString(), 200, forms.status);
        Set<String> modules = new TreeSet<>();
        forms.json.forEach(f -> modules.add(f.path("module").asText()));
        return modules;
    }

    private static JsonNode form(JsonNode forms, String id) {
        for (JsonNode f : forms) {
            if (id.equals(f.path("id").asText())) {
                return f;
            }
        }
        assertNotNull("form " + id, null);
        return null;
    }
}
