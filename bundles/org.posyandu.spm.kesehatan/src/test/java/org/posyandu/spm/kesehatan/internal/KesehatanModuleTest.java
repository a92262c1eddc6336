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
}
