package org.posyandu.spm.pendidikan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.posyandu.api.spm.FormValidator;
import org.posyandu.api.spm.SubmissionContext;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.Warga;
import org.posyandu.spm.testkit.EligibilityContract;
import org.posyandu.spm.testkit.ModuleContract;

class PendidikanModuleTest {
    private final PendidikanModule module = new PendidikanModule();

    @Test
    void honoursTheModuleContract() throws Exception {
        ModuleContract.verify(module);
    }

    @Test
    void aGradeMustBelongToItsLevel() {
        assertEquals(Set.of(), ModuleContract.refusedFields(module, PendidikanModule.ATS, Map.of("status",
                "putus-sekolah", "jenjangTerakhir", "sma", "kelasTerakhir", 11, "penyebab", java.util.List.of("menikah"),
                "tindakLanjut", "belum")));
        assertEquals(Set.of("kelasTerakhir"), ModuleContract.refusedFields(module, PendidikanModule.ATS, Map.of(
                "status", "putus-sekolah", "jenjangTerakhir", "smp", "kelasTerakhir", 6,
                "penyebab", java.util.List.of("ekonomi"), "tindakLanjut", "belum")));
        assertEquals(0, FormValidator.validate(PendidikanModule.PAUD, Map.of("ikutPaud", true, "jenisLayanan", "tk"),
                ModuleContract.TODAY).errors().size());
    }

    private List<String> refused(org.posyandu.api.spm.FormDefinition form, Map<String, Object> raw, LocalDate born) {
        Warga w = new Warga("w", null, null, "Anak", JenisKelamin.L, born, "16.71.17.1003", null, null, null, "p", null,
                null, List.of(), List.of(), null, null);
        return EligibilityContract.refusals(module, form, FormValidator.validate(form, raw, ModuleContract.TODAY).values(),
                new SubmissionContext("p", "16.71.17.1003", ModuleContract.TODAY, w)).stream()
                .map(e -> e.field() + " " + e.rule()).toList();
    }

    @Test
    void paudIsForThreeToSixAndAtsForSchoolAge() {
        LocalDate today = ModuleContract.TODAY;
        Map<String, Object> paud = Map.of("ikutPaud", false, "alasanTidak", "jarak");
        assertEquals(List.of("wargaId sasaran.umur"), refused(PendidikanModule.PAUD, paud, today.minusMonths(18)));
        assertEquals(List.of(), refused(PendidikanModule.PAUD, paud, today.minusYears(3)));
        assertEquals(List.of(), refused(PendidikanModule.PAUD, paud, today.minusYears(7).plusDays(1)));
        assertEquals(List.of("wargaId sasaran.umur"), refused(PendidikanModule.PAUD, paud, today.minusYears(7)));
        Map<String, Object> ats = Map.of("status", "belum-pernah", "penyebab", List.of("jarak"), "tindakLanjut", "belum");
        assertEquals(List.of("wargaId sasaran.umur"), refused(PendidikanModule.ATS, ats, today.minusYears(36)));
        assertEquals(List.of("wargaId sasaran.umur"), refused(PendidikanModule.ATS, ats, today.minusYears(6)));
        assertEquals(List.of(), refused(PendidikanModule.ATS, ats, today.minusYears(12)));
    }
}
