package org.posyandu.spm.pu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.posyandu.api.spm.FormValidator;
import org.posyandu.spm.testkit.ModuleContract;

class PekerjaanUmumModuleTest {
    private final PekerjaanUmumModule module = new PekerjaanUmumModule();

    @Test
    void honoursTheModuleContract() throws Exception {
        ModuleContract.verify(module);
    }

    @Test
    void sixtyLitresPerPersonIsComputed() {
        var values = FormValidator.validate(PekerjaanUmumModule.AIR, Map.of("sumberAir", "perpipaan",
                "jumlahAnggota", 4, "pemakaianPerHari", 239, "tersediaSepanjangTahun", true), ModuleContract.TODAY).values();
        Map<String, Object> derived = module.derive(PekerjaanUmumModule.AIR, values, null);
        assertEquals(new java.math.BigDecimal("59.8"), derived.get("literPerOrang"));
        assertEquals(false, derived.get("cukup60Liter"));
        assertEquals(Set.of("literPerOrang"), ModuleContract.refusedFields(module, PekerjaanUmumModule.AIR, Map.of(
                "sumberAir", "perpipaan", "jumlahAnggota", 4, "pemakaianPerHari", 240, "literPerOrang", 60,
                "tersediaSepanjangTahun", true)));
    }
}
