package org.posyandu.spm.pendidikan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.posyandu.api.spm.FormValidator;
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
}
