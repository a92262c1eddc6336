package org.posyandu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Life events and households on the real distribution: a delivery ends the pregnancy; a child who died or moved
 * leaves the sasaran lists and SKDN's S from the month after; services after a death are refused; households by
 * No KK and children by mother; unknown query parameters and bad family card numbers are refused by name.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WargaLifeIT extends PlatformTestSupport {
    private static final String DESA = "16.71.17.1003";
    private static final String DESA_2 = "16.71.17.1001";
    /** A desa of another kabupaten of the same province (Ogan Komering Ulu, 16.01). */
    private static final String DESA_OKU = "16.01.07.2001";
    private static final String SKDN = "/spm/kesehatan/laporan/skdn";
    private static final LocalDate TODAY = LocalDate.now();
    private static String p1;
    private static String p2;
    private static int serial = 1;

    @Before
    public void setUp() throws Exception {
        awaitUp();
        if (p1 == null) {
            p1 = id(post("/posyandu", "{\"nama\":\"Posyandu Seroja " + UUID.randomUUID() + "\",\"desaKode\":\"" + DESA + "\"}"));
            p2 = id(post("/posyandu", "{\"nama\":\"Posyandu Teratai " + UUID.randomUUID() + "\",\"desaKode\":\"" + DESA_2 + "\"}"));
        }
    }

    @Test
    public void aDeliveryEndsThePregnancy() throws Exception {
        String sari = warga("Sari", "P", TODAY.minusYears(27), p1, ",\"hpht\":\"" + TODAY.minusWeeks(39) + "\"");
        assertTrue(groups(sari).contains("ibu_hamil"));
        assertTrue(ids(get("/warga?posyanduId=" + p1 + "&kelompok=ibu_hamil")).contains(sari));

        LocalDate delivered = TODAY.minusDays(1);
        submit(p1, "kesehatan.persalinan", sari, delivered, "{\"tempat\":\"faskes\",\"penolong\":\"bidan\","
                + "\"cara\":\"normal\",\"kondisiIbu\":\"sehat\",\"jumlahBayi\":1,\"bayiLahirHidup\":1}", 201);

        Reply after = get("/warga/" + sari);
        assertFalse(after.toString(), groups(sari).contains("ibu_hamil"));
        assertEquals(delivered.toString(), after.json.path("kehamilanBerakhir").asText());
        assertEquals("aktif", after.json.path("status").asText());
        assertFalse(ids(get("/warga?posyanduId=" + p1 + "&kelompok=ibu_hamil")).contains(sari));
        Reply events = get("/warga/" + sari + "/peristiwa");
        assertEquals(events.toString(), 1, events.json.size());
        assertEquals("kehamilan_berakhir", events.json.get(0).path("jenis").asText());
        assertTrue(events.toString(), events.json.get(0).path("sumber").asText().startsWith("kesehatan.persalinan/"));
    }

    /** Counted in the months present: up to the month of the death or move, at the new Posyandu from the month after. */
    @Test
    public void aChildWhoDiedOrMovedLeavesTheListsAndSFromTheMonthAfter() throws Exception {
        YearMonth last = YearMonth.from(TODAY).minusMonths(1);
        LocalDate born = TODAY.minusYears(2);
        String stays = warga("Tetap", "L", born, p1, "");
        String died = warga("Wafat", "L", born, p1, "");
        String moved = warga("Pindah", "P", born, p1, "");
        int s1Before = s(p1, last);
        int s1Now = s(p1, YearMonth.from(TODAY));
        int s2Now = s(p2, YearMonth.from(TODAY));
        int s2Last = s(p2, last);

        LocalDate day = last.atDay(5);
        assertEquals(201, post("/warga/" + died + "/peristiwa", "{\"jenis\":\"meninggal\",\"tanggal\":\"" + day
                + "\",\"keterangan\":\"diare\"}").status);
        Reply move = post("/warga/" + moved + "/peristiwa", "{\"jenis\":\"pindah\",\"tanggal\":\"" + day
                + "\",\"posyanduTujuan\":\"" + p2 + "\"}");
        assertEquals(move.toString(), 201, move.status);

        assertEquals("present in the month of the event", s1Before, s(p1, last));
        assertEquals("gone from the month after", s1Now - 2, s(p1, YearMonth.from(TODAY)));
        assertEquals("joined the month after the move", s2Now + 1, s(p2, YearMonth.from(TODAY)));
        assertEquals("not twice in the month of the move", s2Last, s(p2, last));

        List<String> list = ids(get("/warga?posyanduId=" + p1 + "&limit=500"));
        assertTrue(list.contains(stays));
        assertFalse(list.contains(died));
        assertFalse(list.contains(moved));
        assertTrue(ids(get("/warga?posyanduId=" + p1 + "&semua=true&limit=500")).contains(died));
        assertTrue(ids(get("/warga?posyanduId=" + p2 + "&limit=500")).contains(moved));
        assertEquals("[]", get("/warga/" + died).json.path("kelompokSasaran").toString());

        // a weighing dated after the death is refused naming the resident; the moved child is weighed at p2
        Reply refused = submit(p1, "kesehatan.penimbangan", died, TODAY, WEIGHING, 422);
        assertProblem(refused, 422, "wargaId");
        assertTrue(refused.body, refused.body.contains("warga.keluar"));
        submit(p2, "kesehatan.penimbangan", moved, TODAY, WEIGHING, 201);

        // a wrong death is voided with a reason and the child is counted again
        String eventId = get("/warga/" + died + "/peristiwa").json.get(0).path("id").asText();
        assertProblem(post("/warga/" + died + "/peristiwa/" + eventId + "/batal", "{}"), 422, "alasan");
        Reply voided = post("/warga/" + died + "/peristiwa/" + eventId + "/batal", "{\"alasan\":\"salah pilih anak\"}");
        assertEquals(voided.toString(), 200, voided.status);
        assertEquals("salah pilih anak", voided.json.path("alasanBatal").asText());
        assertEquals(s1Now - 1, s(p1, YearMonth.from(TODAY)));
    }

    @Test
    public void householdsAndChildrenAreFilteredAndListed() throws Exception {
        String kk = "1671170101250" + String.format("%03d", serial++);
        String ayah = warga("Ayah", "L", TODAY.minusYears(35), p1, ",\"noKk\":\"" + kk
                + "\",\"hubunganKeluarga\":\"kepala_keluarga\"");
        String ibu = warga("Ibu", "P", TODAY.minusYears(30), p1, ",\"noKk\":\"" + kk + "\",\"hubunganKeluarga\":\"istri\"");
        Reply baby = post("/warga", "{\"nama\":\"Bayi\",\"jenisKelamin\":\"L\",\"tanggalLahir\":\"" + TODAY.minusDays(20)
                + "\",\"desaKode\":\"" + DESA + "\",\"posyanduId\":\"" + p1 + "\",\"ibuId\":\"" + ibu + "\"}");
        String bayi = id(baby);
        warga("Lain", "L", TODAY.minusYears(40), p1, "");

        assertEquals(Set.of(ayah, ibu), Set.copyOf(ids(get("/warga?noKk=" + kk))));
        assertEquals(List.of(bayi), ids(get("/warga?ibuId=" + ibu)));
        Reply k = get("/keluarga/" + kk);
        assertEquals(k.toString(), 200, k.status);
        assertEquals(ayah, k.json.path("kepalaKeluargaId").asText());
        assertEquals(ayah, k.json.path("anggota").get(0).path("id").asText());
        assertEquals(2, k.json.path("anggota").size());
        assertEquals(bayi, k.json.path("anakBelumDiKk").get(0).path("id").asText());
        assertEquals(ibu, k.json.path("ibuAnak").get(0).path("ibuId").asText());
        assertEquals(bayi, k.json.path("ibuAnak").get(0).path("anakId").asText());
        assertEquals(404, get("/keluarga/1671170101259999").status);

        Reply second = post("/warga", body("Paman", "L", TODAY.minusYears(33), p1).replace("}", ",\"noKk\":\"" + kk
                + "\",\"hubunganKeluarga\":\"kepala_keluarga\"}"));
        assertProblem(second, 422, "hubunganKeluarga");
        assertTrue(second.body, second.body.contains("keluarga.kepalaGanda"));
    }

    @Test
    public void aHouseholdIsSeenOnlyInsideTheCallersScope() throws Exception {
        String oku = id(post("/posyandu", "{\"nama\":\"Posyandu Melati " + UUID.randomUUID() + "\",\"desaKode\":\""
                + DESA_OKU + "\"}"));
        String only = "1671170101250" + String.format("%03d", serial++); // all of it in Palembang (16.71)
        String kepala = warga("Kepala", "L", TODAY.minusYears(40), p1, ",\"noKk\":\"" + only
                + "\",\"hubunganKeluarga\":\"kepala_keluarga\"");
        String split = "1671170101250" + String.format("%03d", serial++); // members in Palembang and in OKU (16.01)
        String ayah = warga("Ayah Split", "L", TODAY.minusYears(45), p1, ",\"noKk\":\"" + split
                + "\",\"hubunganKeluarga\":\"kepala_keluarga\"");
        String anak = id(post("/warga", body("Anak Split", "P", TODAY.minusYears(19), oku).replace(DESA, DESA_OKU)
                .replace("}", ",\"noKk\":\"" + split + "\",\"hubunganKeluarga\":\"anak\"}")));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String password = "Keluarga-Uji-2026!";
        id(post("/users", "{\"username\":\"adm-oku-" + suffix + "\",\"password\":\"" + password
                + "\",\"role\":\"ADMIN_KABUPATEN\",\"wilayah\":\"16.01\"}"));
        id(post("/users", "{\"username\":\"kader-oku-" + suffix + "\",\"password\":\"" + password
                + "\",\"role\":\"KADER\",\"posyanduIds\":[\"" + oku + "\"]}"));
        id(post("/users", "{\"username\":\"kader-plg-" + suffix + "\",\"password\":\"" + password
                + "\",\"role\":\"KADER\",\"posyanduIds\":[\"" + p1 + "\"]}"));
        String admOku = login("adm-oku-" + suffix, password);
        String kaderOku = login("kader-oku-" + suffix, password);
        String kaderPlg = login("kader-plg-" + suffix, password);
        String unknown = "1671170101259998";

        assertEquals(List.of(kepala), members(call(admin(), "GET", "/keluarga/" + only, null)));
        for (String token : List.of(admOku, kaderOku)) {
            // a KK with nobody in the caller's kabupaten answers exactly as a KK nobody has: its existence stays hidden
            Reply hidden = call(token, "GET", "/keluarga/" + only, null);
            Reply none = call(token, "GET", "/keluarga/" + unknown, null);
            assertEquals(hidden.toString(), 404, hidden.status);
            assertEquals(none.toString(), 404, none.status);
            assertEquals(none.contentType, hidden.contentType);
            assertEquals(none.body.replace(unknown, "KK"), hidden.body.replace(only, "KK"));
            // a KK split across kabupaten lists only the members inside the caller's scope
            assertEquals(List.of(anak), members(call(token, "GET", "/keluarga/" + split, null)));
        }
        Reply plg = call(kaderPlg, "GET", "/keluarga/" + split, null);
        assertEquals(List.of(ayah), members(plg));
        assertEquals(ayah, plg.json.path("kepalaKeluargaId").asText());
        assertEquals(List.of(ayah, anak), members(call(admin(), "GET", "/keluarga/" + split, null)));
    }

    @Test
    public void unknownQueryParametersAreRefusedByName() throws Exception {
        Reply r = get("/warga?noKK=1671170101250001");
        assertProblem(r, 400, "noKK");
        assertTrue(r.body, r.body.contains("query.unknown"));
        assertTrue(r.body, r.body.contains("Parameter 'noKK' tidak dikenal"));
        assertProblem(get("/posyandu?wilayah=16.71&urut=nama"), 400, "urut");
        assertEquals(401, call(null, "GET", "/warga?x=1", null).status);
        // declared ones and a module report's own parameters still pass
        assertEquals(200, get("/posyandu?wilayah=16.71&aktif=true&limit=5").status);
        assertEquals(200, get(SKDN + "?posyandu=" + p1 + "&bulan=" + YearMonth.from(TODAY)).status);
    }

    @Test
    public void badFamilyCardNumbersAreRefusedByName() throws Exception {
        Reply r = post("/warga", body("Salah", "L", TODAY.minusYears(30), p1).replace("}", ",\"noKk\":\"9971170101250001\"}"));
        assertProblem(r, 422, "noKk");
        assertTrue(r.body, r.body.contains("noKk.provinsi"));
        assertProblem(get("/warga?noKk=12345"), 422, "noKk");
        assertProblem(get("/keluarga/12345"), 422, "noKk");
        assertProblem(get("/warga?ibuId=bukan-id"), 422, "ibuId");
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static final String WEIGHING = "{\"beratKg\":11.5,\"vitaminA\":\"tidak\",\"pmtDiterima\":false}";

    private static String nik(String sex, LocalDate born) {
        int day = born.getDayOfMonth() + ("P".equals(sex) ? 40 : 0);
        return "167117" + String.format("%02d", day) + born.format(DateTimeFormatter.ofPattern("MMyy"))
                + String.format("%04d", serial++);
    }

    private static String body(String nama, String sex, LocalDate born, String posyandu) {
        return "{\"nik\":\"" + nik(sex, born) + "\",\"nama\":\"" + nama + "\",\"jenisKelamin\":\"" + sex
                + "\",\"tanggalLahir\":\"" + born + "\",\"desaKode\":\"" + DESA + "\",\"posyanduId\":\"" + posyandu + "\"}";
    }

    private static String warga(String nama, String sex, LocalDate born, String posyandu, String more) throws Exception {
        return id(post("/warga", body(nama, sex, born, posyandu).replace("}", more + "}")));
    }

    /** The ids of a household's members, in the answer's order. */
    private static List<String> members(Reply r) {
        assertEquals(r.toString(), 200, r.status);
        List<String> ids = new ArrayList<>();
        r.json.path("anggota").forEach(w -> ids.add(w.path("id").asText()));
        return ids;
    }

    private static List<String> groups(String id) throws Exception {
        List<String> groups = new ArrayList<>();
        get("/warga/" + id).json.path("kelompokSasaran").forEach(g -> groups.add(g.asText()));
        return groups;
    }

    private static List<String> ids(Reply r) {
        assertEquals(r.toString(), 200, r.status);
        List<String> ids = new ArrayList<>();
        r.json.forEach(w -> ids.add(w.path("id").asText()));
        return ids;
    }

    private static int s(String posyandu, YearMonth month) throws Exception {
        Reply r = get(SKDN + "?posyandu=" + posyandu + "&bulan=" + month);
        assertEquals(r.toString(), 200, r.status);
        return r.json.path("S").asInt();
    }

    private static Reply submit(String posyandu, String form, String warga, LocalDate tanggal, String data, int status)
            throws Exception {
        Reply r = callWithHeader(admin(), "POST", "/posyandu/" + posyandu + "/forms/" + form + "/submissions",
                "{\"wargaId\":\"" + warga + "\",\"tanggal\":\"" + tanggal + "\",\"data\":" + data + "}",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(r.toString(), status, r.status);
        return r;
    }

    private static void assertProblem(Reply r, int status, String field) {
        assertEquals(r.toString(), status, r.status);
        assertTrue(r.toString(), r.contentType.startsWith("application/problem+json"));
        assertTrue(r.toString(), r.body.contains("\"field\":\"" + field + "\""));
    }
}
