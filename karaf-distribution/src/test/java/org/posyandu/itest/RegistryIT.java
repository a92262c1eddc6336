package org.posyandu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The core registry through the real distribution: HTTP, JAX-RS whiteboard, JPA, embedded Derby. Every
 * test makes its own Posyandu (unique names), so the tests share one boot without depending on each other.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RegistryIT extends PlatformTestSupport {
    @javax.inject.Inject
    private org.osgi.framework.BundleContext bundleContext;

    @Test
    public void connectionsComeFromTheConfiguredPool() throws Exception {
        var refs = bundleContext.getServiceReferences(javax.sql.DataSource.class, "(osgi.jndi.service.name=posyandu)");
        assertEquals(1, refs.size());
        javax.sql.DataSource ds = bundleContext.getService(refs.iterator().next());
        try {
            assertEquals("com.zaxxer.hikari.HikariDataSource", ds.getClass().getName());
            assertEquals("posyandu", ds.getClass().getMethod("getPoolName").invoke(ds));
            assertEquals(16, ds.getClass().getMethod("getMaximumPoolSize").invoke(ds));
            // the platform's own queries run through it
            assertEquals(200, get("/posyandu").status);
        } finally {
            bundleContext.ungetService(refs.iterator().next());
        }
    }

    private static final String DESA = "16.71.17.1003"; // Lima-belas Ulu, Jakabaring, Kota Palembang

    @Before
    public void platformIsUp() throws Exception {
        awaitUp();
    }

    @Test
    public void healthReportsDatabaseAndApi() throws Exception {
        Reply r = get("/health");
        assertEquals(200, r.status);
        assertEquals("UP", r.json.path("status").asText());
        assertEquals("UP", r.json.path("checks").path("database").path("status").asText());
        assertEquals("Apache Derby", r.json.path("checks").path("database").path("product").asText());
        assertEquals(91_599, r.json.path("checks").path("database").path("wilayah").asInt());
        assertEquals("UP", r.json.path("checks").path("api").path("status").asText());
    }

    @Test
    public void wilayahCountsAreExact() throws Exception {
        Reply r = get("/wilayah/stats");
        assertEquals(r.toString(), 200, r.status);
        assertEquals(38, r.json.path("provinsi").asInt());
        assertEquals(514, r.json.path("kabupaten").asInt());
        assertEquals(7_285, r.json.path("kecamatan").asInt());
        assertEquals(83_762, r.json.path("desa").asInt());
    }

    @Test
    public void wilayahReadsAndPicker() throws Exception {
        Reply kota = get("/wilayah/16.71");
        assertEquals(200, kota.status);
        assertEquals("Kota Palembang", kota.json.path("nama").asText());
        assertEquals("kabupaten", kota.json.path("tingkat").asText());
        assertEquals("16", kota.json.path("indukKode").asText());

        Reply children = get("/wilayah/16.71.17/children");
        assertEquals(200, children.status);
        List<String> codes = texts(children.json, "kode");
        assertTrue(codes.contains(DESA));
        codes.forEach(c -> assertTrue(c, c.startsWith("16.71.17.")));
        children.json.forEach(w -> assertEquals("desa", w.path("tingkat").asText()));

        Reply search = get("/wilayah?q=palem&tingkat=kabupaten");
        assertEquals(200, search.status);
        assertEquals("16.71", search.json.get(0).path("kode").asText());

        assertProblem(get("/wilayah/99.99"), 404, null);
        assertProblem(get("/wilayah?q=p"), 422, "q");
        assertProblem(get("/wilayah?q=palem&tingkat=negara"), 422, "tingkat");
    }

    @Test
    public void posyanduIsCreatedReadListedAndUpdated() throws Exception {
        String nama = "Melati " + UUID.randomUUID();
        Reply created = post("/posyandu", "{\"nama\":\"" + nama + "\",\"desaKode\":\"" + DESA
                + "\",\"alamat\":\"Jl. KH Azhari\",\"rt\":\"3\",\"rw\":\"12\"}");
        assertEquals(created.toString(), 201, created.status);
        String id = created.json.path("id").asText();
        assertEquals(id, UUID.fromString(id).toString());
        assertTrue(created.location, created.location.endsWith("/api/v1/posyandu/" + id));
        assertEquals("003", created.json.path("rt").asText());
        assertEquals("Lima-belas Ulu", created.json.path("desaNama").asText());
        assertTrue(created.json.path("aktif").asBoolean());

        assertEquals(nama, get("/posyandu/" + id).json.path("nama").asText());
        assertTrue(texts(get("/posyandu?wilayah=16.71&limit=500").json, "id").contains(id));
        assertTrue(texts(get("/posyandu?wilayah=16.71.17&limit=500").json, "id").contains(id));
        assertFalse(texts(get("/posyandu?wilayah=16.72&limit=500").json, "id").contains(id));

        Reply updated = put("/posyandu/" + id, "{\"nama\":\"" + nama + "\",\"desaKode\":\"" + DESA
                + "\",\"strata\":\"MADYA\",\"aktif\":false}");
        assertEquals(updated.toString(), 200, updated.status);
        assertEquals("MADYA", get("/posyandu/" + id).json.path("strata").asText());
        assertFalse(get("/posyandu/" + id).json.path("aktif").asBoolean());
        assertFalse(texts(get("/posyandu?wilayah=16.71.17&aktif=true&limit=500").json, "id").contains(id));
        Reply renamed = put("/posyandu/" + id, "{\"nama\":\"" + nama + " B\",\"desaKode\":\"" + DESA + "\"}");
        assertFalse("aktif omitted keeps the current state", renamed.json.path("aktif").asBoolean());
    }

    @Test
    public void aPosyanduNameIsUniqueWithinItsDesa() throws Exception {
        String nama = "Mawar " + UUID.randomUUID();
        String id = post("/posyandu", "{\"nama\":\"" + nama + "\",\"desaKode\":\"" + DESA + "\"}").json
                .path("id").asText();
        Reply again = post("/posyandu", "{\"nama\":\"  " + nama.toUpperCase() + " \",\"desaKode\":\"" + DESA + "\"}");
        assertProblem(again, 409, "nama");
        assertEquals("/posyandu/" + id, again.json.path("existing").asText());
        // the same name in another desa is fine
        assertEquals(201, post("/posyandu", "{\"nama\":\"" + nama + "\",\"desaKode\":\"16.71.17.1001\"}").status);
    }

    @Test
    public void racingDuplicatesStoreOneRecordAndAnswer409NeverA5xx() throws Exception {
        String nama = "Kenanga " + UUID.randomUUID();
        String nik = "167117550391" + String.format("%04d", 1 + (int) (Math.random() * 9998));
        String posyandu = newPosyandu();
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<Integer>> sameName = new ArrayList<>();
            List<Callable<Integer>> sameNik = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                sameName.add(() -> post("/posyandu", "{\"nama\":\"" + nama + "\",\"desaKode\":\"" + DESA + "\"}").status);
                sameNik.add(() -> post("/warga", "{\"nik\":\"" + nik + "\",\"nama\":\"Dewi\",\"jenisKelamin\":\"P\","
                        + "\"tanggalLahir\":\"1991-03-15\",\"desaKode\":\"" + DESA + "\",\"posyanduId\":\"" + posyandu
                        + "\"}").status);
            }
            for (List<Callable<Integer>> race : List.of(sameName, sameNik)) {
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : pool.invokeAll(race)) {
                    statuses.add(f.get());
                }
                assertEquals(statuses.toString(), 1, statuses.stream().filter(s -> s == 201).count());
                assertEquals(statuses.toString(), clients - 1, statuses.stream().filter(s -> s == 409).count());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, get("/warga?nik=" + nik).json.size());
        assertEquals(1, texts(get("/posyandu?wilayah=" + DESA + "&limit=500").json, "nama").stream()
                .filter(nama::equals).count());
    }

    @Test
    public void badPosyanduInputIsRejectedAndNothingIsStored() throws Exception {
        int before = get("/posyandu?wilayah=" + DESA + "&limit=500").json.size();
        Reply noDesa = post("/posyandu", "{\"nama\":\"X\",\"desaKode\":\"16.71.17.9999\",\"rt\":\"abc\"}");
        assertProblem(noDesa, 422, "desaKode");
        assertEquals(List.of("desaKode", "rt"), texts(noDesa.json.path("errors"), "field"));
        assertProblem(post("/posyandu", "{\"nama\":\"X\",\"desaKode\":\"" + DESA + "\",\"ketua\":\"Ani\"}"), 422,
                "ketua");
        assertProblem(post("/posyandu", "{\"nama\":\"X\",\"desaKode\":\"" + DESA + "\",\"strata\":\"EMAS\"}"), 422,
                "strata");
        assertProblem(post("/posyandu", "{\"nama\":"), 400, null);
        assertProblem(post("/posyandu", ""), 422, "");
        assertProblem(get("/posyandu/123"), 404, null);
        assertProblem(get("/posyandu/" + UUID.randomUUID()), 404, null);
        assertProblem(get("/posyandu?wilayah=16.7x"), 422, "wilayah");
        assertProblem(get("/posyandu?limit=many"), 422, "limit");
        assertEquals(before, get("/posyandu?wilayah=" + DESA + "&limit=500").json.size());
    }

    @Test
    public void pengurusRolesAndTraining() throws Exception {
        String p = newPosyandu();
        Reply kader = post("/posyandu/" + p + "/pengurus",
                "{\"nama\":\"Siti\",\"jabatan\":\"KADER\",\"bidang\":\"kesehatan\",\"tanggalMulai\":\"2024-07-01\"}");
        assertEquals(kader.toString(), 201, kader.status);
        assertProblem(post("/posyandu/" + p + "/pengurus",
                "{\"nama\":\"Siti\",\"jabatan\":\"KADER\",\"tanggalMulai\":\"2024-07-01\"}"), 422, "bidang");
        assertProblem(post("/posyandu/" + p + "/pengurus",
                "{\"nama\":\"Siti\",\"jabatan\":\"KADER\",\"bidang\":\"olahraga\",\"tanggalMulai\":\"2024-07-01\"}"),
                422, "bidang");
        assertProblem(post("/posyandu/" + p + "/pengurus", "{\"nama\":\"Siti\",\"jabatan\":\"KADER\","
                + "\"bidang\":\"sosial\",\"tanggalMulai\":\"" + LocalDate.now().plusDays(3) + "\"}"), 422,
                "tanggalMulai");

        String ketua = "{\"nama\":\"Ani\",\"jabatan\":\"KETUA\",\"tanggalMulai\":\"2024-01-01\"}";
        String ani = post("/posyandu/" + p + "/pengurus", ketua).json.path("id").asText();
        Reply second = post("/posyandu/" + p + "/pengurus", ketua.replace("Ani", "Budi"));
        assertProblem(second, 409, "jabatan");
        assertTrue(second.json.path("existing").asText().endsWith(ani));
        // once Ani's term has ended, Budi may take over
        assertEquals(200, put("/posyandu/" + p + "/pengurus/" + ani,
                ketua.replace("}", ",\"tanggalSelesai\":\"2025-01-01\"}")).status);
        assertEquals(201, post("/posyandu/" + p + "/pengurus", ketua.replace("Ani", "Budi")).status);

        String siti = kader.json.path("id").asText();
        Reply pelatihan = post("/posyandu/" + p + "/pengurus/" + siti + "/pelatihan",
                "{\"nama\":\"Pelatihan kader posyandu\",\"tanggal\":\"2025-02-10\",\"penyelenggara\":\"Dinkes\"}");
        assertEquals(pelatihan.toString(), 201, pelatihan.status);
        assertEquals("Dinkes", get("/posyandu/" + p + "/pengurus/" + siti).json.path("pelatihan").get(0)
                .path("penyelenggara").asText());
        assertEquals("active roster: Siti and Budi", 2, get("/posyandu/" + p + "/pengurus").json.size());
        assertEquals(3, get("/posyandu/" + p + "/pengurus?semua=true").json.size());
        assertProblem(get("/posyandu/" + UUID.randomUUID() + "/pengurus"), 404, null);
    }

    @Test
    public void wargaWithNikRulesDuplicatesAndNewborns() throws Exception {
        String p = newPosyandu();
        String serial = String.format("%04d", 1 + (int) (Math.random() * 9998));
        String nikIbu = "16711755039" + "0" + serial; // woman born 15-03-1990 in 16.71.17
        String ibu = "{\"nik\":\"" + nikIbu + "\",\"nama\":\"Rina\",\"jenisKelamin\":\"P\",\"tanggalLahir\":\"1990-03-15\","
                + "\"desaKode\":\"" + DESA + "\",\"posyanduId\":\"" + p + "\",\"hpht\":\"" + LocalDate.now().minusDays(70)
                + "\"}";
        Reply created = post("/warga", ibu);
        assertEquals(created.toString(), 201, created.status);
        String ibuId = created.json.path("id").asText();
        assertEquals(List.of("ibu_hamil", "usia_produktif"), texts(created.json.path("kelompokSasaran"), null));
        assertEquals(nikIbu, created.json.path("nik").asText());

        Reply again = post("/warga", ibu);
        assertProblem(again, 409, "nik");
        assertEquals("/warga/" + ibuId, again.json.path("existing").asText());
        assertEquals(ibuId, get("/warga?nik=" + nikIbu).json.get(0).path("id").asText());

        Reply wrong = post("/warga", ibu.replace("\"tanggalLahir\":\"1990-03-15\"", "\"tanggalLahir\":\"1991-03-15\"")
                .replace("\"jenisKelamin\":\"P\"", "\"jenisKelamin\":\"L\"").replace(nikIbu, "99" + nikIbu.substring(2)));
        assertEquals(wrong.toString(), 422, wrong.status);
        List<String> rules = texts(wrong.json.path("errors"), "rule");
        assertTrue(rules.toString(), rules.containsAll(List.of("nik.provinsi", "nik.jenisKelamin",
                "nik.cocokTanggalLahir", "hpht.sex")));

        String bayi = "{\"nama\":\"Bayi Rina\",\"jenisKelamin\":\"L\",\"tanggalLahir\":\"" + LocalDate.now().minusDays(20)
                + "\",\"desaKode\":\"" + DESA + "\",\"posyanduId\":\"" + p + "\",\"ibuId\":\"" + ibuId + "\"}";
        Reply baby = post("/warga", bayi);
        assertEquals(baby.toString(), 201, baby.status);
        assertEquals(List.of("bayi", "balita"), texts(baby.json.path("kelompokSasaran"), null));
        assertProblem(post("/warga", bayi), 409, "nama");
        assertProblem(post("/warga", bayi.replace(",\"ibuId\":\"" + ibuId + "\"", "")), 422, "nik");
        String babyId = baby.json.path("id").asText();
        assertEquals(List.of(babyId), texts(get("/warga?posyanduId=" + p + "&kelompok=bayi").json, "id"));
        assertEquals(List.of(babyId), texts(get("/warga?posyanduId=" + p + "&kelompok=balita").json, "id"));
        assertEquals(List.of(ibuId), texts(get("/warga?posyanduId=" + p + "&kelompok=ibu_hamil").json, "id"));
        assertEquals(List.of(ibuId), texts(get("/warga?posyanduId=" + p + "&kelompok=usia_produktif").json, "id"));
        assertEquals(List.of(), texts(get("/warga?posyanduId=" + p + "&kelompok=lansia").json, "id"));
        assertProblem(get("/warga?kelompok=dewasa"), 422, "kelompok");

        // a NIK issued in a kecamatan code that no longer exists is kept, with a warning
        Reply old = post("/warga", ibu.replace(nikIbu, "1699" + nikIbu.substring(4)).replace("Rina", "Rani"));
        assertEquals(old.toString(), 201, old.status);
        assertEquals("nik.kecamatan", old.json.path("peringatan").get(0).path("rule").asText());
    }

    @Test
    public void pendanaanPerPosyandu() throws Exception {
        String p = newPosyandu();
        Reply added = post("/posyandu/" + p + "/pendanaan",
                "{\"sumber\":\"APBDES\",\"tahun\":2025,\"jumlah\":12000000,\"peruntukan\":\"PMT balita\"}");
        assertEquals(added.toString(), 201, added.status);
        assertEquals(12_000_000L, added.json.path("jumlah").asLong());
        assertProblem(post("/posyandu/" + p + "/pendanaan",
                "{\"sumber\":\"HIBAH\",\"tahun\":2025,\"jumlah\":1,\"peruntukan\":\"x\"}"), 422, "sumber");
        assertProblem(post("/posyandu/" + p + "/pendanaan",
                "{\"sumber\":\"SWADAYA\",\"tahun\":1990,\"jumlah\":0,\"peruntukan\":\"x\"}"), 422, "tahun");
        assertEquals(1, get("/posyandu/" + p + "/pendanaan?tahun=2025").json.size());
        assertEquals(0, get("/posyandu/" + p + "/pendanaan?tahun=2024").json.size());
    }

    private static String newPosyandu() throws Exception {
        Reply r = post("/posyandu", "{\"nama\":\"Posyandu " + UUID.randomUUID() + "\",\"desaKode\":\"" + DESA + "\"}");
        assertEquals(r.toString(), 201, r.status);
        return r.json.path("id").asText();
    }

    /** Asserts a problem document; {@code field} (when not null) must be named in its errors. */
    private static void assertProblem(Reply r, int status, String field) {
        assertEquals(r.toString(), status, r.status);
        assertTrue(r.contentType, r.contentType.startsWith("application/problem+json"));
        assertEquals(status, r.json.path("status").asInt());
        assertTrue(r.json.path("type").asText().startsWith("urn:posyandu:problem:"));
        assertFalse(r.json.path("title").asText().isEmpty());
        assertFalse(r.json.path("titleEn").asText().isEmpty());
        assertFalse(r.body, r.body.contains("Exception"));
        if (field != null) {
            assertTrue(r.toString(), texts(r.json.path("errors"), "field").contains(field));
            r.json.path("errors").forEach(e -> assertNotNull(e.path("messageEn").textValue()));
        }
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(field == null ? n.asText() : n.path(field).asText()));
        return result;
    }
}
