package org.posyandu.api.spm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.spm.Eligibility.Umur;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.KelompokSasaran;

class EligibilityTest {
    private static final LocalDate VISIT = LocalDate.of(2026, 3, 10);
    private static final Eligibility BALITA = Eligibility.umur(Umur.bulan(0), Umur.bulan(59));

    private static List<String> rules(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.rule()).toList();
    }

    @Test
    void anAgeRangeIncludesBothEndsInCompletedUnits() {
        // 59 completed months until the day before the 5th birthday
        assertEquals(List.of(), BALITA.check("Penimbangan", LocalDate.of(2021, 3, 11), JenisKelamin.L, null, VISIT));
        assertEquals(List.of("wargaId sasaran.umur"),
                rules(BALITA.check("Penimbangan", LocalDate.of(2021, 3, 10), JenisKelamin.L, null, VISIT)));
        assertEquals(List.of(), BALITA.check("Penimbangan", VISIT, JenisKelamin.L, null, VISIT));
    }

    @Test
    void aMinimumAgeRefusesTheYounger() {
        Eligibility paud = Eligibility.umur(Umur.tahun(3), Umur.tahun(6));
        FieldError e = paud.check("Partisipasi PAUD", LocalDate.of(2024, 9, 10), JenisKelamin.P, null, VISIT).get(0);
        assertEquals("sasaran.umur", e.rule());
        assertEquals("Formulir Partisipasi PAUD untuk warga umur 3–6 tahun; warga ini pada 2026-03-10 berumur 18 bulan.",
                e.message());
        assertEquals("This form is for residents aged 3–6 years; on 2026-03-10 this resident is 18 months old.",
                e.messageEn());
        assertEquals(List.of(), paud.check("Partisipasi PAUD", LocalDate.of(2022, 3, 10), JenisKelamin.P, null, VISIT));
        assertEquals(List.of("wargaId sasaran.umur"),
                rules(paud.check("Partisipasi PAUD", LocalDate.of(1990, 1, 1), JenisKelamin.P, null, VISIT)));
    }

    @Test
    void sexAndGroupAreCheckedAtTheVisit() {
        Eligibility anc = Eligibility.kelompok(KelompokSasaran.IBU_HAMIL).withJenisKelamin(JenisKelamin.P);
        LocalDate born = LocalDate.of(1998, 5, 1);
        assertEquals(List.of(), anc.check("ANC", born, JenisKelamin.P, VISIT.minusWeeks(20), VISIT));
        assertEquals(List.of("wargaId sasaran.kelompok"), rules(anc.check("ANC", born, JenisKelamin.P, null, VISIT)));
        assertEquals(List.of("wargaId sasaran.jenisKelamin", "wargaId sasaran.kelompok"),
                rules(anc.check("ANC", born, JenisKelamin.L, null, VISIT)));
    }

    @Test
    void aGroupRefusalNamesTheGroupsInWords() {
        Eligibility e = Eligibility.kelompok(KelompokSasaran.USIA_PRODUKTIF, KelompokSasaran.IBU_HAMIL);
        FieldError refused = e.check("Skrining", LocalDate.of(2020, 1, 1), JenisKelamin.P, null, VISIT).get(0);
        assertEquals("Formulir Skrining untuk kelompok sasaran ibu hamil, usia produktif; warga ini pada 2026-03-10"
                + " bukan termasuk kelompok itu.", refused.message());
        assertEquals("This form is for the target group(s) pregnant women, productive age; on 2026-03-10 this resident"
                + " is not in any of them.", refused.messageEn());
    }

    @Test
    void unknownFactsSkipTheirParts() {
        Eligibility e = Eligibility.umur(Umur.tahun(60), null).withJenisKelamin(JenisKelamin.P);
        assertEquals(List.of(), e.check("Lansia", null, null, null, VISIT));
    }

    @Test
    void servedAsXSasaran() {
        Eligibility e = new Eligibility(java.util.Set.of(KelompokSasaran.BALITA, KelompokSasaran.BAYI), Umur.hari(0),
                Umur.bulan(59), JenisKelamin.P);
        assertEquals(Map.of("kelompok", List.of("bayi", "balita"), "umurMin", Map.of("nilai", 0, "satuan", "hari"),
                "umurMaks", Map.of("nilai", 59, "satuan", "bulan"), "jenisKelamin", "P"), e.toJson());
        assertTrue(Eligibility.ANYONE.isAnyone());
        FormDefinition form = new FormDefinition("x.y", 1, "Y", "Y", "x_y", Subject.WARGA_REQUIRED,
                List.of(FieldDefinition.bool("a", "A", "A")), null);
        assertEquals(e.toJson(), FormSchema.of(form, e).get("x-sasaran"));
        assertTrue(!FormSchema.of(form).containsKey("x-sasaran"));
    }

    @Test
    void anEmptyRangeIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> Eligibility.umur(Umur.tahun(7), Umur.tahun(3)));
    }
}
