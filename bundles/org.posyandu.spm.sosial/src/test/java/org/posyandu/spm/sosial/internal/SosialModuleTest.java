package org.posyandu.spm.sosial.internal;

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

class SosialModuleTest {
    private final SosialModule module = new SosialModule();

    @Test
    void honoursTheModuleContract() throws Exception {
        ModuleContract.verify(module);
    }

    @Test
    void aDecisionCannotPrecedeItsReferral() {
        assertEquals(Set.of("tanggalKeputusan"), ModuleContract.refusedFields(module, SosialModule.RUJUKAN,
                Map.of("program", "sembako", "tanggalRujukan", "2026-06-10", "status", "diterima",
                        "tanggalKeputusan", "2026-06-09")));
        assertEquals(Set.of(), ModuleContract.refusedFields(module, SosialModule.RUJUKAN,
                Map.of("program", "sembako", "tanggalRujukan", "2026-06-10", "status", "diterima",
                        "tanggalKeputusan", "2026-06-10")));
    }

    private static List<String> refusedFor(LocalDate born, String kategori) {
        Map<String, Object> data = FormValidator.validate(SosialModule.PPKS, Map.of("kategori", kategori,
                "kebutuhan", List.of("pangan"), "statusDtsen", "tidak", "tinggalSendiri", true), ModuleContract.TODAY).values();
        Warga w = new Warga("w", null, null, "Warga", JenisKelamin.P, born, "16.71.17.1003", null, null, null, "p", null,
                null, List.of(), List.of(), null, null);
        return EligibilityContract.refusals(new SosialModule(), SosialModule.PPKS, data,
                new SubmissionContext("p", "16.71.17.1003", ModuleContract.TODAY, w)).stream()
                .map(e -> e.field() + " " + e.rule()).toList();
    }

    @Test
    void aNeglectedElderlyPersonIsSixtyOrOverAndANeglectedChildUnderEighteen() {
        LocalDate today = ModuleContract.TODAY;
        assertEquals(List.of("kategori sosial.lansiaUmur"), refusedFor(today.minusYears(36), "lansia-terlantar"));
        assertEquals(List.of(), refusedFor(today.minusYears(60), "lansia-terlantar"));
        assertEquals(List.of("kategori sosial.anakUmur"), refusedFor(today.minusYears(18), "anak-terlantar"));
        assertEquals(List.of(), refusedFor(today.minusYears(18).plusDays(1), "anak-terlantar"));
        assertEquals(List.of(), refusedFor(today.minusYears(36), "pengemis"));
    }
}
