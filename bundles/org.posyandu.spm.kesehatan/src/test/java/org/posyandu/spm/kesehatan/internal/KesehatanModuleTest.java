package org.posyandu.spm.kesehatan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.posyandu.api.spm.FormValidator;
import org.posyandu.spm.testkit.ModuleContract;

class KesehatanModuleTest {
    private final KesehatanModule module = new KesehatanModule();

    @Test
    void honoursTheModuleContract() throws Exception {
        ModuleContract.verify(module);
    }

    @Test
    void kekBmiAndReferralAreComputed() {
        var anc = FormValidator.validate(KesehatanModule.ANC, Map.of("kunjunganKe", 1, "usiaKehamilanMinggu", 12,
                "beratKg", 45, "sistolik", 140, "diastolik", 85, "lilaCm", 23.4, "tabletTambahDarah", 30,
                "tandaBahaya", java.util.List.of("tidak-ada"), "dirujuk", false), ModuleContract.TODAY).values();
        assertEquals(Map.of("kek", true, "risikoHipertensi", true), module.derive(KesehatanModule.ANC, anc, null));
        var adult = FormValidator.validate(KesehatanModule.SKRINING, Map.of("sistolik", 120, "diastolik", 80,
                "beratKg", 69.1, "tinggiCm", 160, "merokok", false), ModuleContract.TODAY).values();
        Map<String, Object> d = module.derive(KesehatanModule.SKRINING, adult, null);
        assertEquals(new java.math.BigDecimal("27.0"), d.get("imt"));
        assertEquals(true, d.get("perluRujukan"), "BMI 27 is obese by the Asia-Pacific cut-off");
    }

    @Test
    void onlyBalitaAreWeighed() {
        var values = FormValidator.validate(KesehatanModule.PENIMBANGAN, Map.of("beratKg", 20, "vitaminA", "tidak",
                "pmtDiterima", false), ModuleContract.TODAY).values();
        var errors = new org.posyandu.api.error.Errors();
        var warga = new org.posyandu.api.warga.Warga("w", null, null, "Anak", org.posyandu.api.warga.JenisKelamin.L,
                java.time.LocalDate.of(2021, 11, 22), "16.71.17.1003", null, null, null, "p", null, null,
                java.util.List.of(), java.util.List.of(), null, null);
        module.validate(KesehatanModule.PENIMBANGAN, values, new org.posyandu.api.spm.SubmissionContext("p",
                "16.71.17.1003", ModuleContract.TODAY, warga), errors);
        assertEquals(Set.of("wargaId"), Set.copyOf(errors.list().stream().map(e -> e.field()).toList()),
                "60 months old is no longer a balita");
    }

    private static org.posyandu.api.warga.Warga boy(java.time.LocalDate born) {
        return new org.posyandu.api.warga.Warga("w", null, null, "Anak", org.posyandu.api.warga.JenisKelamin.L, born,
                "16.71.17.1003", null, null, null, "p", null, null, java.util.List.of(), java.util.List.of(), null, null);
    }

    private static org.posyandu.api.spm.Submission visit(java.time.LocalDate day, String kg, String nt) {
        Map<String, Object> data = new java.util.HashMap<>(Map.of("beratKg", new java.math.BigDecimal(kg)));
        if (nt != null) {
            data.put("naikBeratBadan", nt);
        }
        return new org.posyandu.api.spm.Submission("s", "kesehatan.penimbangan", 2, "p", "w", day,
                day.toString().substring(0, 7), data, null, "k");
    }

    @Test
    void aWeighingGetsZScoresClassesAndTheKmsVerdict() {
        var born = java.time.LocalDate.of(2025, 11, 10);
        var today = java.time.LocalDate.of(2026, 5, 12); // 6 completed months: minimum gain 400 g
        var values = FormValidator.validate(KesehatanModule.PENIMBANGAN, Map.of("beratKg", 7.9, "panjangTinggiCm", 67.6,
                "caraUkur", "terlentang", "vitaminA", "biru", "pmtDiterima", false), today).values();
        var first = module.derive(KesehatanModule.PENIMBANGAN, values,
                new org.posyandu.api.spm.SubmissionContext("p", "16.71.17.1003", today, boy(born), java.util.List.of()));
        assertEquals(6L, first.get("umurBulan"));
        assertEquals("B", first.get("naikBeratBadan"), "a first weighing");
        assertEquals(0.0, ((java.math.BigDecimal) first.get("zBbU")).doubleValue(), 0.2, "7.9 kg is about the median");
        assertEquals("normal", first.get("statusBbU"));
        // last month 7.5 kg: +400 g is N; +390 g is T; and T after T is 2T, referred
        var lastMonth = java.time.LocalDate.of(2026, 4, 12);
        assertEquals("N", derive(values, today, born, visit(lastMonth, "7.5", "N")).get("naikBeratBadan"));
        var lighter = new java.util.HashMap<>(values);
        lighter.put("beratKg", new java.math.BigDecimal("7.89"));
        var t = derive(lighter, today, born, visit(lastMonth, "7.5", "N"));
        assertEquals("T", t.get("naikBeratBadan"));
        assertEquals(false, t.get("duaT"));
        var twoT = derive(lighter, today, born, visit(lastMonth, "7.5", "T"));
        assertEquals(true, twoT.get("duaT"));
        assertEquals(true, twoT.get("perluRujukan"));
        // the previous weighing was two months ago: O
        assertEquals("O", derive(values, today, born, visit(java.time.LocalDate.of(2026, 3, 12), "7.0", "N"))
                .get("naikBeratBadan"));
        assertEquals(900, KesehatanModule.minimumGainGrams(2));
        assertEquals(200, KesehatanModule.minimumGainGrams(24));
    }

    private Map<String, Object> derive(Map<String, Object> values, java.time.LocalDate today, java.time.LocalDate born,
            org.posyandu.api.spm.Submission previous) {
        return module.derive(KesehatanModule.PENIMBANGAN, values, new org.posyandu.api.spm.SubmissionContext("p",
                "16.71.17.1003", today, boy(born), java.util.List.of(previous)));
    }

    @Test
    void oneWeighingPerMonthAndTheVerdictComparesWithAnEarlierMonth() {
        var born = java.time.LocalDate.of(2025, 11, 10);
        var today = java.time.LocalDate.of(2026, 5, 20);
        var values = FormValidator.validate(KesehatanModule.PENIMBANGAN, Map.of("beratKg", 7.9, "vitaminA", "tidak",
                "pmtDiterima", false), today).values();
        var errors = new org.posyandu.api.error.Errors();
        var sameMonth = visit(java.time.LocalDate.of(2026, 5, 3), "7.8", "N");
        var lastMonth = visit(java.time.LocalDate.of(2026, 4, 12), "7.5", "N");
        module.validate(KesehatanModule.PENIMBANGAN, values, new org.posyandu.api.spm.SubmissionContext("p",
                "16.71.17.1003", today, boy(born), java.util.List.of(sameMonth, lastMonth)), errors);
        assertEquals(Set.of("tanggal"), Set.copyOf(errors.list().stream().map(e -> e.field()).toList()));
        // a weighing entered late for April sees March, not the May visit already stored
        var april = java.time.LocalDate.of(2026, 4, 12);
        var late = module.derive(KesehatanModule.PENIMBANGAN, values, new org.posyandu.api.spm.SubmissionContext("p",
                "16.71.17.1003", april, boy(born), java.util.List.of(visit(java.time.LocalDate.of(2026, 3, 11), "7.0", "N"))));
        assertEquals("N", late.get("naikBeratBadan"));
    }

    @Test
    void birthWeightBelow2500GramsIsLow() {
        var low = FormValidator.validate(KesehatanModule.BALITA, Map.of("punyaBukuKia", true, "beratLahirKg", 2.45),
                ModuleContract.TODAY).values();
        assertEquals(true, module.derive(KesehatanModule.BALITA, low, null).get("bblr"));
        var normal = FormValidator.validate(KesehatanModule.BALITA, Map.of("punyaBukuKia", true, "beratLahirKg", 2.5),
                ModuleContract.TODAY).values();
        assertEquals(false, module.derive(KesehatanModule.BALITA, normal, null).get("bblr"));
        assertEquals(Map.of(), module.derive(KesehatanModule.BALITA, Map.of("punyaBukuKia", false), null));
    }
}
