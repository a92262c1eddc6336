package org.posyandu.spm.trantibumlinmas.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.posyandu.api.spm.FormValidator;
import org.posyandu.spm.testkit.ModuleContract;

class TrantibumlinmasModuleTest {
    private final TrantibumlinmasModule module = new TrantibumlinmasModule();

    @Test
    void honoursTheModuleContract() throws Exception {
        ModuleContract.verify(module);
    }

    @Test
    void expiryIsJudgedOnTheCheckDate() {
        var values = FormValidator.validate(TrantibumlinmasModule.APAR, Map.of("kodeApar", "A-1", "lokasi", "Balai",
                "jenis", "co2", "kapasitas", 2, "tekananNormal", true, "kondisi", "baik",
                "tanggalKedaluwarsa", "2026-11-01"), ModuleContract.TODAY).values();
        var context = new org.posyandu.api.spm.SubmissionContext("p", "16.71.17.1003", java.time.LocalDate.of(2026, 11, 1), null);
        assertEquals(true, module.derive(TrantibumlinmasModule.APAR, values, context).get("kedaluwarsa"));
        var earlier = new org.posyandu.api.spm.SubmissionContext("p", "16.71.17.1003", java.time.LocalDate.of(2026, 10, 31), null);
        assertEquals(false, module.derive(TrantibumlinmasModule.APAR, values, earlier).get("kedaluwarsa"));
        assertEquals(Set.of(), ModuleContract.refusedFields(module, TrantibumlinmasModule.KEJADIAN, Map.of(
                "jenisKejadian", "gangguan-ketertiban", "korbanMeninggal", 0, "korbanLuka", 0, "rumahRusak", 0,
                "ditanganiOleh", java.util.List.of("polisi"), "uraian", "Tawuran pemuda, dilerai.")));
    }
}
