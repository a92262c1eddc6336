package org.posyandu.spm.kesehatan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Map<String, Object> a = module.derive(KesehatanModule.ANC, anc, null);
        assertEquals(true, a.get("kek"));
        assertEquals(true, a.get("risikoHipertensi"));
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
        var warga = new org.posyandu.api.warga.Warga("w", null, null, "Anak", org.posyandu.api.warga.JenisKelamin.L,
                java.time.LocalDate.of(2021, 11, 22), "16.71.17.1003", null, null, null, "p", null, null,
                java.util.List.of(), java.util.List.of(), null, null);
        var errors = org.posyandu.spm.testkit.EligibilityContract.refusals(module, KesehatanModule.PENIMBANGAN, values,
                new org.posyandu.api.spm.SubmissionContext("p", "16.71.17.1003", ModuleContract.TODAY, warga));
        assertEquals(java.util.List.of("wargaId sasaran.umur"), errors.stream().map(e -> e.field() + " " + e.rule()).toList(),
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

    // ---- ibu hamil, persalinan, nifas; usia produktif and lansia (V4) ----

    private static final java.time.LocalDate VISIT = java.time.LocalDate.of(2026, 5, 12);

    private static org.posyandu.api.warga.Warga person(org.posyandu.api.warga.JenisKelamin sex, java.time.LocalDate born,
            java.time.LocalDate hpht) {
        return new org.posyandu.api.warga.Warga("w", null, null, "Warga", sex, born, "16.71.17.1003", null, null, null,
                "p", null, hpht, java.util.List.of(), java.util.List.of(), null, null);
    }

    private static org.posyandu.api.warga.Warga woman(java.time.LocalDate born) {
        return person(org.posyandu.api.warga.JenisKelamin.P, born, null);
    }

    private static org.posyandu.api.spm.SubmissionContext at(java.time.LocalDate day, org.posyandu.api.warga.Warga w,
            org.posyandu.api.spm.Submission... history) {
        return new org.posyandu.api.spm.SubmissionContext("p", "16.71.17.1003", day, w, java.util.List.of(history));
    }

    /** {@code base} with pairs of name and value laid over it ({@code null} removes). */
    private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        Map<String, Object> m = new java.util.HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                m.remove((String) pairs[i]);
            } else {
                m.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return m;
    }

    private static Map<String, Object> typed(org.posyandu.api.spm.FormDefinition form, Map<String, Object> raw) {
        var r = FormValidator.validate(form, raw, ModuleContract.TODAY);
        assertEquals(java.util.List.of(), r.errors(), form.id() + " field rules");
        return r.values();
    }

    private Map<String, Object> derived(org.posyandu.api.spm.FormDefinition form, Map<String, Object> raw,
            org.posyandu.api.spm.SubmissionContext context) {
        return module.derive(form, typed(form, raw), context);
    }

    private Set<String> refused(org.posyandu.api.spm.FormDefinition form, Map<String, Object> raw,
            org.posyandu.api.spm.SubmissionContext context) {
        return Set.copyOf(org.posyandu.spm.testkit.EligibilityContract.refusals(module, form, typed(form, raw), context)
                .stream().map(e -> e.field()).toList());
    }

    private static final Map<String, Object> ANC_VISIT = Map.of("kunjunganKe", 2, "usiaKehamilanMinggu", 20,
            "beratKg", 55, "sistolik", 110, "diastolik", 70, "lilaCm", 25, "tabletTambahDarah", 30,
            "tandaBahaya", java.util.List.of("tidak-ada"), "dirujuk", false);

    private static org.posyandu.api.spm.Submission anc(java.time.LocalDate day, long weeks, long tablets, Long cumulative) {
        Map<String, Object> data = new java.util.HashMap<>(Map.of("usiaKehamilanMinggu", weeks, "tabletTambahDarah", tablets));
        if (cumulative != null) {
            data.put("ttdKumulatif", cumulative);
        }
        return new org.posyandu.api.spm.Submission("s" + day, "kesehatan.anc", cumulative == null ? 1 : 2, "p", "w", day,
                day.toString().substring(0, 7), data, null, "k");
    }

    @Test
    void ancComputesTheMothersAgeAndEveryRiskFlag() {
        var nineteen = woman(java.time.LocalDate.of(2006, 5, 13)); // 20th birthday the day after the visit
        var all = derived(KesehatanModule.ANC, with(ANC_VISIT, "lilaCm", 23.4, "sistolik", 140, "hbGdl", 10.9,
                "tandaBahaya", java.util.List.of("perdarahan"), "dirujuk", true), at(VISIT, nineteen));
        assertEquals(19L, all.get("usiaIbuTahun"));
        assertEquals(java.util.List.of("terlalu-muda", "kek", "hipertensi", "anemia", "tanda-bahaya"), all.get("risiko"));
        assertEquals(true, all.get("risikoTinggi"));
        // at the thresholds nothing is flagged: 20 years, LILA 23.5, 139/89, Hb 11.0, no danger sign
        var none = derived(KesehatanModule.ANC, with(ANC_VISIT, "lilaCm", 23.5, "sistolik", 139, "diastolik", 89,
                "hbGdl", 11.0), at(VISIT, woman(java.time.LocalDate.of(2006, 5, 12))));
        assertEquals(20L, none.get("usiaIbuTahun"));
        assertFalse(none.containsKey("risiko"), "no flags, no list");
        assertEquals(false, none.get("risikoTinggi"));
        assertEquals(false, none.get("kek"));
        // diastolic 90 alone is hypertension
        assertEquals(java.util.List.of("hipertensi"), derived(KesehatanModule.ANC, with(ANC_VISIT, "diastolik", 90),
                at(VISIT, woman(java.time.LocalDate.of(2000, 1, 1)))).get("risiko"));
        // older than 35: 36 completed years is terlalu tua, 35 is not
        assertEquals(java.util.List.of("terlalu-tua"), derived(KesehatanModule.ANC, ANC_VISIT,
                at(VISIT, woman(java.time.LocalDate.of(1990, 5, 12)))).get("risiko"));
        assertEquals(false, derived(KesehatanModule.ANC, ANC_VISIT,
                at(VISIT, woman(java.time.LocalDate.of(1990, 5, 13)))).get("risikoTinggi"));
    }

    @Test
    void ttdIsCountedOverThePregnancy() {
        var mother = woman(java.time.LocalDate.of(1995, 3, 1));
        // the newest earlier visit's own count, plus today's; a later visit of the same month is not earlier
        var cumulative = derived(KesehatanModule.ANC, ANC_VISIT, at(VISIT, mother,
                anc(VISIT.plusDays(8), 21, 30, 999L), anc(VISIT.minusMonths(1), 16, 30, 60L)));
        assertEquals(90L, cumulative.get("ttdKumulatif"));
        assertEquals(true, cumulative.get("ttd90"), "90 tablets reach the target");
        // the newest stored count already holds the visits before it: the walk stops there
        assertEquals(105L, derived(KesehatanModule.ANC, ANC_VISIT, at(VISIT, mother, anc(VISIT.minusMonths(1), 16, 30, 75L),
                anc(VISIT.minusMonths(2), 12, 30, 45L))).get("ttdKumulatif"));
        // visits stored by form v1 have no count: their tablets are added
        var v1 = derived(KesehatanModule.ANC, ANC_VISIT, at(VISIT, mother, anc(VISIT.minusMonths(1), 16, 30, null),
                anc(VISIT.minusMonths(2), 12, 29, null)));
        assertEquals(89L, v1.get("ttdKumulatif"));
        assertEquals(false, v1.get("ttd90"));
        // more than 10 months before, or further on in pregnancy than today: an earlier pregnancy
        assertEquals(30L, derived(KesehatanModule.ANC, ANC_VISIT, at(VISIT, mother,
                anc(VISIT.minusMonths(10).minusDays(1), 10, 30, 120L))).get("ttdKumulatif"));
        assertEquals(60L, derived(KesehatanModule.ANC, ANC_VISIT, at(VISIT, mother,
                anc(VISIT.minusMonths(10), 1, 30, null))).get("ttdKumulatif"));
        assertEquals(30L, derived(KesehatanModule.ANC, ANC_VISIT, at(VISIT, mother,
                anc(VISIT.minusMonths(3), 38, 30, 150L))).get("ttdKumulatif"));
        // no resident, no history: this visit's tablets
        assertEquals(30L, derived(KesehatanModule.ANC, ANC_VISIT, null).get("ttdKumulatif"));
    }

    @Test
    void ancRefusesAManAndAGestationalAgeAtOddsWithTheHpht() {
        assertEquals(Set.of("wargaId"), refused(KesehatanModule.ANC, ANC_VISIT,
                at(VISIT, person(org.posyandu.api.warga.JenisKelamin.L, java.time.LocalDate.of(1990, 1, 1), null))));
        var pregnant = person(org.posyandu.api.warga.JenisKelamin.P, java.time.LocalDate.of(1995, 3, 1), VISIT.minusWeeks(20));
        assertEquals(Set.of(), refused(KesehatanModule.ANC, ANC_VISIT, at(VISIT, pregnant)));
        assertEquals(Set.of(), refused(KesehatanModule.ANC, with(ANC_VISIT, "usiaKehamilanMinggu", 22), at(VISIT, pregnant)));
        assertEquals(Set.of(), refused(KesehatanModule.ANC, with(ANC_VISIT, "usiaKehamilanMinggu", 18), at(VISIT, pregnant)));
        assertEquals(Set.of("usiaKehamilanMinggu"), refused(KesehatanModule.ANC, with(ANC_VISIT, "usiaKehamilanMinggu", 23),
                at(VISIT, pregnant)));
        assertEquals(Set.of("usiaKehamilanMinggu"), refused(KesehatanModule.ANC, with(ANC_VISIT, "usiaKehamilanMinggu", 17),
                at(VISIT, pregnant)));
        var errors = new org.posyandu.api.error.Errors();
        module.validate(KesehatanModule.ANC, typed(KesehatanModule.ANC, with(ANC_VISIT, "usiaKehamilanMinggu", 30)),
                at(VISIT, pregnant), errors);
        assertTrue(errors.list().get(0).message().startsWith("Usia kehamilan 30 minggu tidak sesuai HPHT"));
        assertTrue(errors.list().get(0).messageEn().startsWith("Gestational age 30 weeks"));
        // without an HPHT on record any gestational age in range passes
        assertEquals(Set.of(), refused(KesehatanModule.ANC, with(ANC_VISIT, "usiaKehamilanMinggu", 40),
                at(VISIT, woman(java.time.LocalDate.of(1995, 3, 1)))));
    }

    private static final Map<String, Object> DELIVERY = Map.of("tempat", "faskes", "penolong", "bidan", "cara", "normal",
            "kondisiIbu", "sehat", "jumlahBayi", 1, "bayiLahirHidup", 1);

    @Test
    void aDeliveryIsFlaggedForPlaceAttendantAndLowBirthWeight() {
        var d = derived(KesehatanModule.PERSALINAN, with(DELIVERY, "beratBayiGram", 2499), null);
        assertEquals(Map.of("persalinanDiFaskes", true, "nakes", true, "bblr", true), d);
        assertEquals(Map.of("persalinanDiFaskes", false, "nakes", false, "bblr", false), derived(KesehatanModule.PERSALINAN,
                with(DELIVERY, "tempat", "rumah", "penolong", "dukun", "beratBayiGram", 2500), null));
        assertEquals(Map.of("persalinanDiFaskes", false, "nakes", true), derived(KesehatanModule.PERSALINAN,
                with(DELIVERY, "tempat", "perjalanan", "penolong", "perawat"), null), "no weight, no BBLR");
        assertEquals(true, derived(KesehatanModule.PERSALINAN, with(DELIVERY, "penolong", "dokter"), null).get("nakes"));
        assertEquals(false, derived(KesehatanModule.PERSALINAN, with(DELIVERY, "penolong", "keluarga"), null).get("nakes"));
    }

    @Test
    void aDeliveryRefusesMoreLiveBirthsThanBabiesAManAndADoubleEntry() {
        var mother = woman(java.time.LocalDate.of(1995, 3, 1));
        assertEquals(Set.of("bayiLahirHidup"), refused(KesehatanModule.PERSALINAN, with(DELIVERY, "bayiLahirHidup", 2),
                at(VISIT, mother)));
        assertEquals(Set.of(), refused(KesehatanModule.PERSALINAN, with(DELIVERY, "jumlahBayi", 2, "bayiLahirHidup", 2),
                at(VISIT, mother)));
        assertEquals(Set.of(), refused(KesehatanModule.PERSALINAN, with(DELIVERY, "bayiLahirHidup", 0), at(VISIT, mother)));
        assertEquals(Set.of("wargaId"), refused(KesehatanModule.PERSALINAN, DELIVERY,
                at(VISIT, person(org.posyandu.api.warga.JenisKelamin.L, java.time.LocalDate.of(1990, 1, 1), null))));
        var earlier = new org.posyandu.api.spm.Submission("s", "kesehatan.persalinan", 1, "p", "w", VISIT.minusDays(100),
                "2026-02", Map.of(), null, "k");
        assertEquals(Set.of("tanggal"), refused(KesehatanModule.PERSALINAN, DELIVERY, at(VISIT, mother, earlier)));
        var lastYear = new org.posyandu.api.spm.Submission("s", "kesehatan.persalinan", 1, "p", "w", VISIT.minusDays(300),
                "2025-07", Map.of(), null, "k");
        assertEquals(Set.of(), refused(KesehatanModule.PERSALINAN, DELIVERY, at(VISIT, mother, lastYear)));
    }

    private static final Map<String, Object> NIFAS_VISIT = Map.of("kunjunganKe", "kf1", "hariSetelahPersalinan", 1,
            "tandaBahaya", java.util.List.of("tidak-ada"), "vitaminA", true, "kbPascaPersalinan", "belum", "dirujuk", false);

    @Test
    void aPostpartumVisitFallsInItsKfWindow() {
        Map<String, int[]> windows = Map.of("kf1", new int[] { 0, 2 }, "kf2", new int[] { 3, 7 }, "kf3", new int[] { 8, 28 },
                "kf4", new int[] { 29, 42 });
        var mother = woman(java.time.LocalDate.of(1995, 3, 1));
        windows.forEach((kf, w) -> {
            for (int day = 0; day <= 42; day++) {
                boolean inside = day >= w[0] && day <= w[1];
                assertEquals(inside ? Set.of() : Set.of("hariSetelahPersalinan"), refused(KesehatanModule.NIFAS,
                        with(NIFAS_VISIT, "kunjunganKe", kf, "hariSetelahPersalinan", day), at(VISIT, mother)), kf + " day " + day);
            }
        });
    }

    @Test
    void aPostpartumDangerSignIsReferredAndAManIsRefused() {
        var mother = woman(java.time.LocalDate.of(1995, 3, 1));
        assertEquals(Set.of("dirujuk"), refused(KesehatanModule.NIFAS, with(NIFAS_VISIT, "tandaBahaya",
                java.util.List.of("depresi")), at(VISIT, mother)));
        assertEquals(Set.of(), refused(KesehatanModule.NIFAS, with(NIFAS_VISIT, "tandaBahaya", java.util.List.of("depresi"),
                "dirujuk", true), at(VISIT, mother)));
        assertEquals(Set.of("tandaBahaya"), refused(KesehatanModule.NIFAS, with(NIFAS_VISIT, "tandaBahaya",
                java.util.List.of("tidak-ada", "demam"), "dirujuk", true), at(VISIT, mother)));
        assertEquals(Set.of("wargaId"), refused(KesehatanModule.NIFAS, NIFAS_VISIT,
                at(VISIT, person(org.posyandu.api.warga.JenisKelamin.L, java.time.LocalDate.of(1990, 1, 1), null))));
    }

    private static final Map<String, Object> ADULT = Map.of("sistolik", 120, "diastolik", 80, "beratKg", 60,
            "tinggiCm", 160, "merokok", false);

    @Test
    void bmiClassesFollowTheKemenkesCutOffs() {
        // at 2 m a BMI is a quarter of the weight
        Map<String, String> classes = new java.util.LinkedHashMap<>();
        classes.put("73.6", "kurus");
        classes.put("74", "normal");
        classes.put("99.6", "normal");
        classes.put("100", "gemuk");
        classes.put("107.6", "gemuk");
        classes.put("108", "obesitas");
        classes.forEach((kg, expected) -> {
            var d = derived(KesehatanModule.SKRINING, with(ADULT, "tinggiCm", 200, "beratKg", new java.math.BigDecimal(kg)), null);
            assertEquals(expected, d.get("kategoriImt"), kg + " kg at 2 m, BMI " + d.get("imt"));
            assertEquals("obesitas".equals(expected), d.get("perluRujukan"), kg + " kg: only obesity is referred");
        });
    }

    @Test
    void centralObesityDependsOnSex() {
        var man = person(org.posyandu.api.warga.JenisKelamin.L, java.time.LocalDate.of(1980, 1, 1), null);
        var woman = woman(java.time.LocalDate.of(1980, 1, 1));
        assertEquals(true, derived(KesehatanModule.SKRINING, with(ADULT, "lingkarPerutCm", 91), at(VISIT, man)).get("obesitasSentral"));
        assertEquals(false, derived(KesehatanModule.SKRINING, with(ADULT, "lingkarPerutCm", 90), at(VISIT, man)).get("obesitasSentral"));
        assertEquals(true, derived(KesehatanModule.SKRINING, with(ADULT, "lingkarPerutCm", 81), at(VISIT, woman)).get("obesitasSentral"));
        assertEquals(false, derived(KesehatanModule.SKRINING, with(ADULT, "lingkarPerutCm", 80), at(VISIT, woman)).get("obesitasSentral"));
        assertFalse(derived(KesehatanModule.SKRINING, with(ADULT, "lingkarPerutCm", 100), null).containsKey("obesitasSentral"),
                "without the resident's sex there is no verdict");
        assertFalse(derived(KesehatanModule.SKRINING, ADULT, at(VISIT, man)).containsKey("obesitasSentral"), "no waist measured");
        assertEquals(false, derived(KesehatanModule.SKRINING, with(ADULT, "lingkarPerutCm", 100), at(VISIT, man)).get("perluRujukan"),
                "central obesity alone under 60 is counselled, not referred");
    }

    @Test
    void hypertensionAndSuspectedDiabetesAreReferred() {
        assertEquals(true, derived(KesehatanModule.SKRINING, with(ADULT, "sistolik", 140), null).get("hipertensi"));
        assertEquals(true, derived(KesehatanModule.SKRINING, with(ADULT, "sistolik", 130, "diastolik", 90), null).get("hipertensi"));
        var normal = derived(KesehatanModule.SKRINING, with(ADULT, "sistolik", 139, "diastolik", 89), null);
        assertEquals(false, normal.get("hipertensi"));
        assertEquals(false, normal.get("perluRujukan"));
        assertEquals(true, derived(KesehatanModule.SKRINING, with(ADULT, "sistolik", 140), null).get("perluRujukan"));
        assertFalse(normal.containsKey("diabetes"), "no glucose measured, no verdict");
        assertEquals(true, derived(KesehatanModule.SKRINING, with(ADULT, "gulaDarahSewaktu", 200), null).get("diabetes"));
        assertEquals(false, derived(KesehatanModule.SKRINING, with(ADULT, "gulaDarahSewaktu", 199), null).get("diabetes"));
        var fasting = derived(KesehatanModule.SKRINING, with(ADULT, "gulaDarahPuasa", 126), null);
        assertEquals(true, fasting.get("diabetes"));
        assertEquals(true, fasting.get("perluRujukan"));
        assertEquals(false, derived(KesehatanModule.SKRINING, with(ADULT, "gulaDarahPuasa", 125), null).get("diabetes"));
        assertEquals(true, derived(KesehatanModule.SKRINING, with(ADULT, "gulaDarahSewaktu", 150, "gulaDarahPuasa", 130), null)
                .get("diabetes"), "either test suffices");
        assertEquals(false, derived(KesehatanModule.SKRINING, with(ADULT, "gulaDarahSewaktu", 199, "gulaDarahPuasa", 125), null)
                .get("perluRujukan"));
    }

    @Test
    void lansiaFromSixtyAndTheirCentralObesityIsReferred() {
        var sixty = woman(VISIT.minusYears(60));
        var almost = woman(VISIT.minusYears(60).plusDays(1));
        assertEquals(true, derived(KesehatanModule.SKRINING, ADULT, at(VISIT, sixty)).get("lansia"));
        assertEquals(false, derived(KesehatanModule.SKRINING, ADULT, at(VISIT, almost)).get("lansia"));
        assertFalse(derived(KesehatanModule.SKRINING, ADULT, null).containsKey("lansia"));
        var waist = with(ADULT, "lingkarPerutCm", 85);
        assertEquals(true, derived(KesehatanModule.SKRINING, waist, at(VISIT, sixty)).get("perluRujukan"));
        assertEquals(false, derived(KesehatanModule.SKRINING, waist, at(VISIT, almost)).get("perluRujukan"));
        assertEquals(false, derived(KesehatanModule.SKRINING, ADULT, at(VISIT, sixty)).get("perluRujukan"),
                "a lansia without central obesity or another finding is not referred");
    }

    @Test
    void screeningIsForFifteenAndOver() {
        assertEquals(Set.of("wargaId"), refused(KesehatanModule.SKRINING, ADULT, at(VISIT, woman(VISIT.minusYears(15).plusDays(1)))));
        assertEquals(Set.of(), refused(KesehatanModule.SKRINING, ADULT, at(VISIT, woman(VISIT.minusYears(15)))));
    }

    @Test
    void theVitaminACapsuleFitsTheChildsAge() {
        var newborn = boy(VISIT.minusDays(10));
        var weighing = with(Map.of("beratKg", 3.6, "pmtDiterima", false), "vitaminA", "merah");
        assertEquals(Set.of("vitaminA"), refused(KesehatanModule.PENIMBANGAN, weighing, at(VISIT, newborn)));
        assertEquals(Set.of("vitaminA"), refused(KesehatanModule.PENIMBANGAN, with(weighing, "vitaminA", "biru"), at(VISIT, newborn)));
        assertEquals(Set.of(), refused(KesehatanModule.PENIMBANGAN, with(weighing, "vitaminA", "tidak"), at(VISIT, newborn)));
        assertEquals(Set.of(), refused(KesehatanModule.PENIMBANGAN, with(weighing, "vitaminA", "biru", "beratKg", 8),
                at(VISIT, boy(VISIT.minusMonths(6)))));
        assertEquals(Set.of(), refused(KesehatanModule.PENIMBANGAN, with(weighing, "beratKg", 11), at(VISIT, boy(VISIT.minusMonths(12)))));
        assertEquals(Set.of("vitaminA"), refused(KesehatanModule.PENIMBANGAN, with(weighing, "vitaminA", "biru", "beratKg", 11),
                at(VISIT, boy(VISIT.minusMonths(12)))));
    }
}
