package org.posyandu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.UUID;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Kesehatan in depth on the real distribution: children registered and weighed over three months in two desa of
 * one kecamatan and one desa elsewhere; the SKDN report per Posyandu, desa, kecamatan and kabupaten adds up and
 * matches what was recorded; scope and bad parameters; the growth chart; the e-PPGBM export.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KesehatanIT extends PlatformTestSupport {
    private static final String PASSWORD = "kesehatan-Uji-2026-panjang";
    private static final String KECAMATAN = "16.71.17";
    private static final String DESA_X = "16.71.17.1003";
    private static final String DESA_Y = "16.71.17.1001";
    private static final String DESA_Z = "16.71.01.1001";
    private static final String SKDN = "/spm/kesehatan/laporan/skdn";
    private static String p1;
    private static String p2;
    private static String p3;
    private static String c1;
    private static String c2;
    private static String kader1;
    @Inject
    @Filter("(osgi.jndi.service.name=posyandu)")
    private DataSource dataSource;
    private static String kader3;
    private static String adminOther;

    @Before
    public void setUp() throws Exception {
        awaitUp();
        if (p1 != null) {
            return;
        }
        p1 = id(post("/posyandu", "{\"nama\":\"Posyandu Melati " + UUID.randomUUID() + "\",\"desaKode\":\"" + DESA_X + "\"}"));
        p2 = id(post("/posyandu", "{\"nama\":\"Posyandu Mawar " + UUID.randomUUID() + "\",\"desaKode\":\"" + DESA_Y + "\"}"));
        p3 = id(post("/posyandu", "{\"nama\":\"Posyandu Kenanga " + UUID.randomUUID() + "\",\"desaKode\":\"" + DESA_Z + "\"}"));
        id(post("/users", "{\"username\":\"kader-melati\",\"password\":\"" + PASSWORD + "\",\"role\":\"KADER\",\"posyanduIds\":[\"" + p1 + "\"]}"));
        id(post("/users", "{\"username\":\"kader-kenanga\",\"password\":\"" + PASSWORD + "\",\"role\":\"KADER\",\"posyanduIds\":[\"" + p3 + "\"]}"));
        id(post("/users", "{\"username\":\"adm-oku\",\"password\":\"" + PASSWORD + "\",\"role\":\"ADMIN_KABUPATEN\",\"wilayah\":\"16.01\"}"));
        kader1 = login("kader-melati", PASSWORD);
        kader3 = login("kader-kenanga", PASSWORD);
        adminOther = login("adm-oku", PASSWORD);
        String adult = child("1671174101800002", "Ibu Sari", "P", "1980-01-01", DESA_X, p1);
        // P1 (desa X): c1 gains (N), c2 not twice (2T) and is short, c3 is new (B)
        c1 = child("1671171506250001", "Andi", "L", "2025-06-15", DESA_X, p1);
        c2 = child("1671174103240001", "Bunga", "P", "2024-03-01", DESA_X, p1);
        String c3 = child("1671170105260001", "Candra", "L", "2026-05-01", DESA_X, p1);
        register(p1, c1, true);
        register(p1, c2, false);
        weigh(p1, c1, "2026-09-14", "8.0", null);
        weigh(p1, c1, "2026-10-14", "8.5", null);
        weigh(p1, c2, "2026-08-10", "10.0", "78.0");
        weigh(p1, c2, "2026-09-10", "10.05", "78.3");
        JsonNode oct = weigh(p1, c2, "2026-10-12", "10.1", "78.5");
        assertEquals("T", oct.path("naikBeratBadan").asText());
        assertTrue("T after T is 2T", oct.path("duaT").asBoolean());
        assertTrue(oct.toString(), oct.path("statusTbU").asText().endsWith("pendek"));
        weigh(p1, c3, "2026-10-14", "5.9", null);
        // immunisation: Candra on schedule but without IPV 1; Andi (16 months) has nothing recorded
        immunise(p1, c3, "2026-05-01", "hb0");
        immunise(p1, c3, "2026-06-02", "bcg", "polio-1");
        immunise(p1, c3, "2026-10-14", "dpt-hb-hib-1", "polio-2", "pcv-1", "rv-1");
        // P2 (desa Y): c4 skipped September (O), c5 is not weighed in October (S only)
        String c4 = child("1671175001230001", "Dewi", "P", "2023-01-10", DESA_Y, p2);
        child("1671170112210001", "Eko", "L", "2021-12-01", DESA_Y, p2);
        register(p2, c4, true);
        weigh(p2, c4, "2026-08-20", "11.0", null);
        weigh(p2, c4, "2026-10-20", "11.4", null);
        // P3 (another kecamatan): c6 first weighed in October (B)
        String c6 = child("1671012001250001", "Fajar", "L", "2025-01-20", DESA_Z, p3);
        weigh(p3, c6, "2026-10-05", "9.8", null);
        assertTrue(adult.length() > 0);
    }

    @Test
    public void theSkdnOfAKecamatanAddsUpToItsDesaAndCountsWhatWasRecorded() throws Exception {
        Reply kec = get(SKDN + "?wilayah=" + KECAMATAN + "&bulan=2026-10");
        assertEquals(kec.toString(), 200, kec.status);
        assertEquals("kecamatan", kec.json.path("wilayah").path("tingkat").asText());
        assertCounts(kec.json, 5, 2, 4, 1, 1, 1, 1, 1);
        assertEquals(80.0, kec.json.path("rasio").path("D/S").asDouble(), 0.001);
        assertEquals(40.0, kec.json.path("rasio").path("K/S").asDouble(), 0.001);
        assertEquals(25.0, kec.json.path("rasio").path("N/D").asDouble(), 0.001);
        assertEquals(20.0, kec.json.path("rasio").path("N/S").asDouble(), 0.001);
        assertEquals(1, kec.json.path("gizi").path("stunting").path("kasus").asInt());
        assertEquals(1, kec.json.path("gizi").path("stunting").path("diukur").asInt());
        assertEquals(4, kec.json.path("gizi").path("underweight").path("diukur").asInt());
        // every desa of the kecamatan is a part, and the parts add up to the whole
        JsonNode parts = kec.json.path("bagian");
        assertTrue(parts.size() > 2);
        for (String key : new String[] { "S", "K", "D", "N", "T", "2T", "O", "B" }) {
            long sum = 0;
            for (JsonNode part : parts) {
                sum += part.path(key).asLong();
            }
            assertEquals(key, kec.json.path(key).asLong(), sum);
        }
        JsonNode x = part(parts, DESA_X);
        assertCounts(x, 3, 1, 3, 1, 1, 1, 0, 1);
        JsonNode y = part(parts, DESA_Y);
        assertCounts(y, 2, 1, 1, 0, 0, 0, 1, 0);
        // the desa report splits by Posyandu and says the same as the kecamatan's line for it
        Reply desa = get(SKDN + "?wilayah=" + DESA_X + "&bulan=2026-10");
        assertEquals(desa.toString(), 200, desa.status);
        assertCounts(desa.json, 3, 1, 3, 1, 1, 1, 0, 1);
        assertCounts(part(desa.json.path("bagian"), p1), 3, 1, 3, 1, 1, 1, 0, 1);
        assertEquals("posyandu", part(desa.json.path("bagian"), p1).path("tingkat").asText());
        // the kabupaten has the other kecamatan's child too; September is a different month
        Reply kab = get(SKDN + "?wilayah=16.71&bulan=2026-10");
        assertCounts(kab.json, 6, 2, 5, 1, 1, 1, 1, 2);
        assertCounts(part(kab.json.path("bagian"), KECAMATAN), 5, 2, 4, 1, 1, 1, 1, 1);
        Reply sep = get(SKDN + "?wilayah=" + KECAMATAN + "&bulan=2026-09");
        assertEquals(2, sep.json.path("D").asInt());
        assertEquals(1, sep.json.path("T").asInt());
        assertEquals(1, sep.json.path("B").asInt());
    }

    /**
     * The SKDN keeps each Posyandu's figures per month and must count again after any write that changes them: a
     * child registered, its Buku KIA recorded, a weighing, a child moved to another Posyandu. Its own kabupaten
     * (Kota Prabumulih), so the other tests' figures stay as they are.
     */
    @Test
    public void theSkdnFollowsEveryWriteAfterItWasCounted() throws Exception {
        String desa = "16.72.01.1001";
        String p4 = id(post("/posyandu", "{\"nama\":\"Posyandu Anggrek " + UUID.randomUUID() + "\",\"desaKode\":\"" + desa + "\"}"));
        String p5 = id(post("/posyandu", "{\"nama\":\"Posyandu Dahlia " + UUID.randomUUID() + "\",\"desaKode\":\"" + desa + "\"}"));
        String gita = child("1672014103250001", "Gita", "P", "2025-03-01", desa, p4);
        String atP4 = SKDN + "?posyandu=" + p4 + "&bulan=2026-10";
        assertCounts(get(atP4).json, 1, 0, 0, 0, 0, 0, 0, 0);
        assertEquals("the figures are kept with the Posyandu's change counter", 1, keptS(p4, "2026-10"));
        register(p4, gita, true);
        assertCounts(get(atP4).json, 1, 1, 0, 0, 0, 0, 0, 0);
        weigh(p4, gita, "2026-10-07", "9.1", null);
        assertCounts(get(atP4).json, 1, 1, 1, 0, 0, 0, 0, 1);
        String hadi = child("1672011002240001", "Hadi", "L", "2024-02-10", desa, p4);
        assertCounts(get(atP4).json, 2, 1, 1, 0, 0, 0, 0, 1);
        // Hadi moves to Posyandu Dahlia: both Posyandu change, the desa stays the same
        Reply moved = put("/warga/" + hadi, "{\"nik\":\"1672011002240001\",\"nama\":\"Hadi\",\"jenisKelamin\":\"L\","
                + "\"tanggalLahir\":\"2024-02-10\",\"desaKode\":\"" + desa + "\",\"posyanduId\":\"" + p5 + "\"}");
        assertEquals(moved.toString(), 200, moved.status);
        assertCounts(get(atP4).json, 1, 1, 1, 0, 0, 0, 0, 1);
        Reply byDesa = get(SKDN + "?wilayah=" + desa + "&bulan=2026-10");
        assertCounts(byDesa.json, 2, 1, 1, 0, 0, 0, 0, 1);
        assertCounts(part(byDesa.json.path("bagian"), p5), 1, 0, 0, 0, 0, 0, 0, 0);
        assertEquals(1, keptS(p5, "2026-10"));
    }

    /** S as kept in kes_skdn_bulanan for a Posyandu and month, if its change counter is current; else -1. */
    private int keptS(String posyandu, String bulan) throws Exception {
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.PreparedStatement ps = c.prepareStatement("SELECT k.s FROM kes_skdn_bulanan k WHERE k.posyandu_id = ? AND k.bulan = ? AND k.data_versi ="
                        + " (SELECT COALESCE(SUM(v.jumlah), 0) FROM posyandu_perubahan v WHERE v.posyandu_id = k.posyandu_id)")) {
            ps.setString(1, posyandu);
            ps.setString(2, bulan);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        }
    }

    @Test
    public void theSkdnIsScopedAndRefusesBadParametersByName() throws Exception {
        Reply own = call(kader1, "GET", SKDN + "?posyandu=" + p1 + "&bulan=2026-10", null);
        assertEquals(own.toString(), 200, own.status);
        assertCounts(own.json, 3, 1, 3, 1, 1, 1, 0, 1);
        assertEquals(404, call(kader1, "GET", SKDN + "?posyandu=" + p2 + "&bulan=2026-10", null).status);
        Reply region = call(kader1, "GET", SKDN + "?wilayah=" + DESA_X + "&bulan=2026-10", null);
        assertEquals(region.toString(), 403, region.status);
        assertEquals(403, call(adminOther, "GET", SKDN + "?wilayah=16.71&bulan=2026-10", null).status);
        assertEquals(401, call(null, "GET", SKDN + "?wilayah=16.71&bulan=2026-10", null).status);
        assertProblem(get(SKDN + "?wilayah=16.71"), 422, "bulan");
        assertProblem(get(SKDN + "?wilayah=16.71&bulan=2026-13"), 422, "bulan");
        assertProblem(get(SKDN + "?wilayah=16.71&bulan=2099-01"), 422, "bulan");
        assertProblem(get(SKDN + "?bulan=2026-10"), 422, "wilayah");
        assertProblem(get(SKDN + "?wilayah=16.71&posyandu=" + p1 + "&bulan=2026-10"), 422, "wilayah");
        assertProblem(get(SKDN + "?wilayah=99.99&bulan=2026-10"), 422, "wilayah");
        assertEquals(404, get("/spm/kesehatan/laporan/tidak-ada?wilayah=16.71&bulan=2026-10").status);
        assertEquals(404, get("/spm/tidak-ada/laporan/skdn?wilayah=16.71&bulan=2026-10").status);
        Reply list = call(kader1, "GET", "/spm/kesehatan/laporan", null);
        assertEquals(list.toString(), 200, list.status);
        assertTrue(list.body, list.body.contains("\"skdn\""));
    }

    @Test
    public void oneWeighingPerChildPerMonthAndARetryIsStillAnswered() throws Exception {
        String path = "/posyandu/" + p1 + "/forms/kesehatan.penimbangan/submissions";
        String body = "{\"wargaId\":\"" + c2 + "\",\"tanggal\":\"2026-11-02\",\"data\":{\"beratKg\":10.3,"
                + "\"vitaminA\":\"tidak\",\"pmtDiterima\":false}}";
        String key = UUID.randomUUID().toString();
        assertEquals(201, callWithHeader(kader1, "POST", path, body, "Idempotency-Key", key).status);
        Reply retry = callWithHeader(kader1, "POST", path, body, "Idempotency-Key", key);
        assertTrue(retry.toString(), retry.status == 200 || retry.status == 201);
        Reply second = callWithHeader(kader1, "POST", path, body.replace("10.3", "10.4"), "Idempotency-Key",
                UUID.randomUUID().toString());
        assertProblem(second, 422, "tanggal");
    }

    @Test
    public void theEppgbmExportHasTheDinasColumnsAndKeepsTheNikAsText() throws Exception {
        Reply csv = call(kader1, "GET", "/spm/kesehatan/laporan/e-ppgbm?posyandu=" + p1 + "&bulan=2026-10", null);
        assertEquals(csv.toString(), 200, csv.status);
        assertTrue(csv.contentType, csv.contentType.startsWith("text/csv"));
        assertTrue(csv.headers.firstValue("Content-Disposition").orElse("").contains("e-ppgbm_posyandu_2026-10.csv"));
        String[] lines = csv.body.split("\r\n");
        assertEquals("\"NIK\",\"Nama\",\"JK\",\"Tgl Lahir\",\"BB Lahir\",\"TB Lahir\",\"Nama Ortu\",\"Prov\","
                + "\"Kab/Kota\",\"Kec\",\"Puskesmas\",\"Desa/Kel\",\"Posyandu\",\"RT\",\"RW\",\"Alamat\","
                + "\"Usia Saat Ukur\",\"Tanggal Pengukuran\",\"Berat\",\"Tinggi\",\"Cara Ukur\",\"LiLA\",\"BB/U\","
                + "\"ZS BB/U\",\"TB/U\",\"ZS TB/U\",\"BB/TB\",\"ZS BB/TB\",\"Naik Berat Badan\","
                + "\"PMT Diterima (kg)\",\"Jml Vit A\",\"KPSP\",\"KIA\"", lines[0]);
        assertEquals("three children weighed in October at this Posyandu", 4, lines.length);
        String bunga = java.util.Arrays.stream(lines).filter(l -> l.contains("\"Bunga\"")).findFirst().orElseThrow();
        assertTrue(bunga, bunga.startsWith("\"1671174103240001\",\"Bunga\",\"P\",2024-03-01,3,49,"));
        assertTrue(bunga, bunga.contains("\"2 Tahun - 7 Bulan - 11 Hari\",2026-10-12,10.1,78.5,\"Berdiri\","));
        assertTrue(bunga, bunga.contains("Pendek\",") && bunga.endsWith(",\"T\",0,0,,\"Tidak\""));
        // personal data leaves a trace; other places stay closed
        Reply audit = get("/audit?objectType=laporan&limit=50");
        assertTrue(audit.body, audit.body.contains("kesehatan/e-ppgbm") && audit.body.contains("data pribadi"));
        assertEquals(404, call(kader3, "GET", "/spm/kesehatan/laporan/e-ppgbm?posyandu=" + p1 + "&bulan=2026-10", null).status);
        assertEquals(403, call(adminOther, "GET", "/spm/kesehatan/laporan/e-ppgbm?wilayah=16.71&bulan=2026-10", null).status);
    }

    @Test
    public void theGrowthChartShowsTheChildsVisitsOnTheWhoBands() throws Exception {
        Reply bbu = call(kader1, "GET", "/spm/kesehatan/anak/" + c1 + "/grafik", null);
        assertEquals(bbu.toString(), 200, bbu.status);
        assertTrue(bbu.contentType, bbu.contentType.startsWith("image/svg+xml"));
        assertTrue(bbu.body, bbu.body.contains("<svg") && bbu.body.contains("viewBox") && bbu.body.contains("Andi"));
        assertEquals("both weighings of Andi are on the chart", 2, count(bbu.body, "class=\"visit\""));
        assertTrue("weight-for-age of a boy, in kg", bbu.body.contains("Berat badan") && bbu.body.contains("Laki-laki"));
        // length/height-for-age: Bunga was measured three times with a length
        Reply tbu = call(kader1, "GET", "/spm/kesehatan/anak/" + c2 + "/grafik?indikator=tb-u", null);
        assertEquals(tbu.toString(), 200, tbu.status);
        assertEquals(3, count(tbu.body, "class=\"visit\""));
        assertTrue(tbu.body.contains("data-months=\"60\""));
        assertProblem(call(kader1, "GET", "/spm/kesehatan/anak/" + c1 + "/grafik?indikator=lila", null), 422, "indikator");
        // another Posyandu's kader does not see the child; the look is audited
        assertEquals(404, call(kader3, "GET", "/spm/kesehatan/anak/" + c1 + "/grafik", null).status);
        assertEquals(404, call(kader1, "GET", "/spm/kesehatan/anak/" + UUID.randomUUID() + "/grafik", null).status);
        Reply audit = get("/audit?objectType=warga&objectId=" + c1 + "&limit=50");
        assertTrue(audit.body, audit.body.contains("kesehatan/anak/grafik"));
    }

    @Test
    public void theImmunisationReportCountsDueAndOverdueAgainstTheNationalSchedule() throws Exception {
        Reply r = call(kader1, "GET", "/spm/kesehatan/laporan/imunisasi?posyandu=" + p1 + "&bulan=2026-10", null);
        assertEquals(r.toString(), 200, r.status);
        assertEquals("2026-10-31", r.json.path("dinilaiPada").asText());
        assertEquals("Andi and Candra are under two; Bunga is 31 months", 2, r.json.path("sasaran").asInt());
        assertEquals("Andi misses the 1-4 month doses and MR 1, Candra IPV 1", 2, r.json.path("terlambat").asInt());
        assertEquals(1, r.json.path("imunisasiDasarLengkap").path("anak12sd23Bulan").asInt());
        assertEquals(0, r.json.path("imunisasiDasarLengkap").path("dasarLengkap").asInt());
        JsonNode given = r.json.path("dosisBulanIni");
        assertEquals(given.toString(), 4, given.size());
        assertEquals(1, given.path("rv-1").asInt());
        // the kecamatan splits by desa and the desa line says the same
        Reply kec = get("/spm/kesehatan/laporan/imunisasi?wilayah=" + KECAMATAN + "&bulan=2026-10");
        assertEquals(kec.toString(), 200, kec.status);
        assertEquals(2, part(kec.json.path("bagian"), DESA_X).path("sasaran").asInt());
        assertEquals(0, part(kec.json.path("bagian"), DESA_Y).path("sasaran").asInt());
        assertEquals(1, part(kec.json.path("bagian"), DESA_X).path("dosisBulanIni").path("pcv-1").asInt());
        // the kader's list: who to fetch, the most overdue first; Candra's next doses are not yet due
        Reply list = call(kader1, "GET", "/spm/kesehatan/laporan/imunisasi-sasaran?posyandu=" + p1 + "&bulan=2026-10", null);
        assertEquals(list.toString(), 200, list.status);
        JsonNode andi = list.json.path("anak").path(0);
        JsonNode candra = list.json.path("anak").path(1);
        assertEquals("Andi", andi.path("nama").asText());
        assertEquals(16, andi.path("umurBulan").asInt());
        assertTrue(andi.toString(), andi.path("terlambat").toString().contains("\"mr-1\"")
                && andi.path("terlambat").toString().contains("\"dpt-hb-hib-1\""));
        assertTrue("the birth dose cannot be caught up", andi.path("terlewat").toString().contains("\"hb0\""));
        assertEquals("Candra", candra.path("nama").asText());
        assertEquals("[\"ipv-1\"]", candra.path("terlambat").toString());
        assertEquals(7, candra.path("diberikan").size());
        assertTrue(candra.toString(), !candra.path("jatuhTempo").toString().contains("dpt-hb-hib-2"));
        assertEquals(404, call(kader3, "GET", "/spm/kesehatan/laporan/imunisasi-sasaran?posyandu=" + p1 + "&bulan=2026-10",
                null).status);
    }

    private static int count(String body, String what) {
        int n = 0;
        for (int i = body.indexOf(what); i >= 0; i = body.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static String child(String nik, String nama, String jk, String lahir, String desa, String posyandu)
            throws Exception {
        return id(post("/warga", "{\"nik\":\"" + nik + "\",\"nama\":\"" + nama + "\",\"jenisKelamin\":\"" + jk
                + "\",\"tanggalLahir\":\"" + lahir + "\",\"desaKode\":\"" + desa + "\",\"posyanduId\":\"" + posyandu + "\"}"));
    }

    private static void register(String posyandu, String child, boolean kia) throws Exception {
        Reply r = callWithHeader(admin(), "POST", "/posyandu/" + posyandu + "/forms/kesehatan.balita/submissions",
                "{\"wargaId\":\"" + child + "\",\"tanggal\":\"2026-08-01\",\"data\":{\"punyaBukuKia\":" + kia
                        + ",\"beratLahirKg\":3.0,\"panjangLahirCm\":49}}", "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(r.toString(), 201, r.status);
    }

    private static JsonNode weigh(String posyandu, String child, String date, String kg, String lengthCm)
            throws Exception {
        String length = lengthCm == null ? "" : ",\"panjangTinggiCm\":" + lengthCm + ",\"caraUkur\":\"berdiri\"";
        Reply r = callWithHeader(admin(), "POST", "/posyandu/" + posyandu + "/forms/kesehatan.penimbangan/submissions",
                "{\"wargaId\":\"" + child + "\",\"tanggal\":\"" + date + "\",\"data\":{\"beratKg\":" + kg + length
                        + ",\"vitaminA\":\"tidak\",\"pmtDiterima\":false}}", "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(r.toString(), 201, r.status);
        return r.json.path("data");
    }

    private static void immunise(String posyandu, String child, String date, String... vaccines) throws Exception {
        Reply r = callWithHeader(admin(), "POST", "/posyandu/" + posyandu + "/forms/kesehatan.imunisasi/submissions",
                "{\"wargaId\":\"" + child + "\",\"tanggal\":\"" + date + "\",\"data\":{\"vaksin\":[\""
                        + String.join("\",\"", vaccines) + "\"],\"kipi\":false}}", "Idempotency-Key",
                UUID.randomUUID().toString());
        assertEquals(r.toString(), 201, r.status);
    }

    private static JsonNode part(JsonNode parts, String kode) {
        for (JsonNode p : parts) {
            if (kode.equals(p.path("kode").asText())) {
                return p;
            }
        }
        throw new AssertionError("no part " + kode + " in " + parts);
    }

    private static void assertCounts(JsonNode r, int s, int k, int d, int n, int t, int twoT, int o, int b) {
        String at = r.path("kode").asText(r.path("wilayah").path("kode").asText()) + ": ";
        assertEquals(at + "S", s, r.path("S").asInt());
        assertEquals(at + "K", k, r.path("K").asInt());
        assertEquals(at + "D", d, r.path("D").asInt());
        assertEquals(at + "N", n, r.path("N").asInt());
        assertEquals(at + "T", t, r.path("T").asInt());
        assertEquals(at + "2T", twoT, r.path("2T").asInt());
        assertEquals(at + "O", o, r.path("O").asInt());
        assertEquals(at + "B", b, r.path("B").asInt());
    }

    private static void assertProblem(Reply r, int status, String field) {
        assertEquals(r.toString(), status, r.status);
        assertTrue(r.toString(), r.contentType.startsWith("application/problem+json"));
        assertTrue(r.toString(), r.body.contains("\"" + field + "\""));
    }
}
