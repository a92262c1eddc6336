package org.posyandu.spm.sosial.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
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
}
