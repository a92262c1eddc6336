package org.posyandu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Data a dinas can trust, part one, on the real distribution: every case issue 13 found accepted is now refused
 * with 422 naming the field and the rule (who a form is for, the immunisation schedule, the vitamin A capsule, the
 * growth chart of an adult), while the same forms about the right residents are still stored; each form's schema
 * says who it is for.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EligibilityIT extends PlatformTestSupport {
    private static final String DESA = "16.71.17.1003";
    private static final String KABUPATEN = "16.71";
    private static final LocalDate TODAY = LocalDate.now();
    private static final AtomicInteger SERIAL = new AtomicInteger(1);
    private static String posyandu;
    private static String ibu;
    private static String batita;

    @Before
    public void setUp() throws Exception {
        awaitUp();
        if (posyandu != null) {
            return;
        }
        posyandu = id(post("/posyandu", "{\"nama\":\"Posyandu Anggrek " + UUID.randomUUID() + "\",\"desaKode\":\"" + DESA + "\"}"));
        for (String module : List.of("pendidikan", "sosial")) {
            Reply on = put("/kabupaten/" + KABUPATEN + "/modules/" + module, "{\"enabled\":true}");
            assertEquals(on.toString(), 200, on.status);
        }
        ibu = warga("Ibu Sari", "P", TODAY.minusYears(36).minusDays(20));
        batita = warga("Bagas", "L", TODAY.minusMonths(18));
    }

    @Test
    public void eachFormsSchemaSaysWhoItIsFor() throws Exception {
        Reply forms = get("/posyandu/" + posyandu + "/forms");
        assertEquals(forms.toString(), 200, forms.status);
        assertEquals("{\"umurMin\":{\"nilai\":0,\"satuan\":\"bulan\"},\"umurMaks\":{\"nilai\":59,\"satuan\":\"bulan\"}}",
                sasaran(forms.json, "kesehatan.imunisasi").toString());
        assertEquals("P", sasaran(forms.json, "kesehatan.anc").path("jenisKelamin").asText());
        assertEquals(3, sasaran(forms.json, "pendidikan.paud").path("umurMin").path("nilai").asInt());
        assertTrue("sosial.ppks depends on the category, so its schema restricts no one",
                sasaran(forms.json, "sosial.ppks").isMissingNode());
    }

    @Test
    public void aFormAboutSomeoneItIsNotForIsRefusedOnWargaId() throws Exception {
        String paud = "{\"ikutPaud\":false,\"alasanTidak\":\"jarak\"}";
        assertRefused(submit("pendidikan.paud", batita, TODAY, paud), "wargaId", "sasaran.umur");
        assertEquals(201, submit("pendidikan.paud", warga("Laras", "P", TODAY.minusYears(4)), TODAY, paud).status);
        assertRefused(submit("pendidikan.ats", ibu, TODAY, "{\"status\":\"belum-pernah\",\"penyebab\":[\"jarak\"],"
                + "\"tindakLanjut\":\"belum\"}"), "wargaId", "sasaran.umur");
        String ppks = "{\"kategori\":\"%s\",\"kebutuhan\":[\"pangan\"],\"statusDtsen\":\"tidak\",\"tinggalSendiri\":true}";
        assertRefused(submit("sosial.ppks", ibu, TODAY, String.format(ppks, "lansia-terlantar")), "data.kategori",
                "sosial.lansiaUmur");
        assertEquals(201, submit("sosial.ppks", warga("Mbah Karto", "L", TODAY.minusYears(72)), TODAY,
                String.format(ppks, "lansia-terlantar")).status);
        assertRefused(submit("kesehatan.imunisasi", ibu, TODAY, vaksin("bcg")), "wargaId", "sasaran.umur");
        String man = warga("Pak Budi", "L", TODAY.minusYears(30));
        assertRefused(submit("kesehatan.nifas", man, TODAY, "{\"kunjunganKe\":\"kf2\",\"hariSetelahPersalinan\":5,"
                + "\"tandaBahaya\":[\"tidak-ada\"],\"vitaminA\":true,\"kbPascaPersalinan\":\"belum\",\"dirujuk\":false}"),
                "wargaId", "sasaran.jenisKelamin");
    }

    @Test
    public void theImmunisationFormFollowsTheNationalSchedule() throws Exception {
        LocalDate born = TODAY.minusMonths(11);
        String bayi = warga("Nisa", "P", born);
        assertRefused(submit("kesehatan.imunisasi", bayi, born.minusDays(1), vaksin("hb0")), "tanggal", "notBeforeBirth");
        Reply third = submit("kesehatan.imunisasi", bayi, born, vaksin("dpt-hb-hib-3"));
        assertRefused(third, "data.vaksin", "kesehatan.imunisasi.belumCukupUmur");
        assertRefused(third, "data.vaksin", "kesehatan.imunisasi.dosisSebelumnyaBelum");
        assertEquals(201, submit("kesehatan.imunisasi", bayi, born, vaksin("hb0")).status);
        assertEquals(201, submit("kesehatan.imunisasi", bayi, born.plusMonths(9), vaksin("mr-1")).status);
        Reply twice = submit("kesehatan.imunisasi", bayi, born.plusMonths(10), vaksin("mr-1"));
        assertRefused(twice, "data.vaksin", "kesehatan.imunisasi.dosisGanda");
        assertTrue(twice.body, twice.body.contains("sudah diberikan pada " + born.plusMonths(9)));
        // a later dose needs the earlier one: recorded here, or marked as given elsewhere
        assertRefused(submit("kesehatan.imunisasi", bayi, born.plusMonths(4), vaksin("dpt-hb-hib-2")), "data.vaksin",
                "kesehatan.imunisasi.dosisSebelumnyaBelum");
        Reply elsewhere = submit("kesehatan.imunisasi", bayi, born.plusMonths(4),
                "{\"vaksin\":[\"dpt-hb-hib-2\"],\"kipi\":false,\"dosisDiTempatLain\":[\"dpt-hb-hib-1\"]}");
        assertEquals(elsewhere.toString(), 201, elsewhere.status);
        assertEquals(2, elsewhere.json.path("formVersi").asInt());
    }

    @Test
    public void aSyncBatchSeesItsOwnEarlierItems() throws Exception {
        LocalDate born = TODAY.minusMonths(14);
        String anak = warga("Raka", "L", born);
        String item = "{\"idempotencyKey\":\"%s\",\"posyanduId\":\"" + posyandu + "\",\"formId\":\"kesehatan.imunisasi\","
                + "\"wargaId\":\"" + anak + "\",\"tanggal\":\"%s\",\"data\":{\"vaksin\":[\"mr-1\"],\"kipi\":false}}";
        Reply r = call(admin(), "POST", "/sync", "{\"submissions\":[" + String.format(item, UUID.randomUUID(),
                born.plusMonths(9)) + "," + String.format(item, UUID.randomUUID(), born.plusMonths(12)) + "]}");
        assertEquals(r.toString(), 200, r.status);
        assertEquals(201, r.json.path("results").get(0).path("status").asInt());
        JsonNode second = r.json.path("results").get(1);
        assertEquals(second.toString(), 422, second.path("status").asInt());
        assertEquals("data.vaksin", second.path("problem").path("errors").get(0).path("field").asText());
        assertEquals("kesehatan.imunisasi.dosisGanda", second.path("problem").path("errors").get(0).path("rule").asText());
    }

    @Test
    public void aRedVitaminACapsuleIsNotForANewborn() throws Exception {
        String newborn = warga("Dede", "P", TODAY.minusDays(10));
        String weighing = "{\"beratKg\":3.4,\"vitaminA\":\"%s\",\"pmtDiterima\":false}";
        assertRefused(submit("kesehatan.penimbangan", newborn, TODAY, String.format(weighing, "merah")), "data.vitaminA",
                "kesehatan.vitaminAUmur");
        assertEquals(201, submit("kesehatan.penimbangan", newborn, TODAY, String.format(weighing, "tidak")).status);
    }

    @Test
    public void theGrowthChartOfAnAdultIsRefusedNotEmpty() throws Exception {
        assertRefused(get("/spm/kesehatan/anak/" + ibu + "/grafik"), "wargaId", "sasaran.umur");
        Reply child = get("/spm/kesehatan/anak/" + batita + "/grafik");
        assertEquals(child.toString(), 200, child.status);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static JsonNode sasaran(JsonNode forms, String formId) {
        for (JsonNode f : forms) {
            if (formId.equals(f.path("id").asText())) {
                return f.path("schema").path("x-sasaran");
            }
        }
        throw new AssertionError("no form " + formId + " in " + forms);
    }

    /** A resident of the Posyandu with a NIK that matches the birth date and sex. */
    private static String warga(String nama, String sex, LocalDate born) throws Exception {
        String nik = "167117" + String.format("%02d%02d%02d", born.getDayOfMonth() + ("P".equals(sex) ? 40 : 0),
                born.getMonthValue(), born.getYear() % 100) + String.format("%04d", SERIAL.getAndIncrement());
        return id(post("/warga", "{\"nik\":\"" + nik + "\",\"nama\":\"" + nama + "\",\"jenisKelamin\":\"" + sex
                + "\",\"tanggalLahir\":\"" + born + "\",\"desaKode\":\"" + DESA + "\",\"posyanduId\":\"" + posyandu + "\"}"));
    }

    private static Reply submit(String formId, String wargaId, LocalDate tanggal, String data) throws Exception {
        return callWithHeader(admin(), "POST", "/posyandu/" + posyandu + "/forms/" + formId + "/submissions",
                "{\"wargaId\":\"" + wargaId + "\",\"tanggal\":\"" + tanggal + "\",\"data\":" + data + "}",
                "Idempotency-Key", UUID.randomUUID().toString());
    }

    private static String vaksin(String... doses) {
        return "{\"vaksin\":[\"" + String.join("\",\"", doses) + "\"],\"kipi\":false}";
    }

    /** 422 problem+json with an error on {@code field} for {@code rule}, its message in Bahasa Indonesia and English. */
    private static void assertRefused(Reply r, String field, String rule) {
        assertEquals(r.toString(), 422, r.status);
        assertTrue(r.toString(), r.contentType.startsWith("application/problem+json"));
        List<String> found = new ArrayList<>();
        for (JsonNode e : r.json.path("errors")) {
            found.add(e.path("field").asText() + " " + e.path("rule").asText());
            if (field.equals(e.path("field").asText()) && rule.equals(e.path("rule").asText())) {
                assertTrue(e.toString(), !e.path("message").asText().isBlank() && !e.path("messageEn").asText().isBlank());
                return;
            }
        }
        throw new AssertionError("no " + field + " " + rule + " in " + found + ": " + r);
    }
}
