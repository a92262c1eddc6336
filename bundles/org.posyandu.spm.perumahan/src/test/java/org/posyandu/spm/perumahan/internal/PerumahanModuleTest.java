package org.posyandu.spm.perumahan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.posyandu.api.spm.FormValidator;
import org.posyandu.spm.testkit.ModuleContract;

class PerumahanModuleTest {
    private final PerumahanModule module = new PerumahanModule();

    @Test
    void honoursTheModuleContract() throws Exception {
        ModuleContract.verify(module);
    }

    @Test
    void floorAreaPerPersonAndAdequacyAreComputed() {
        var values = FormValidator.validate(PerumahanModule.RTLH, Map.ofEntries(Map.entry("pondasi", "layak"),
                Map.entry("kolomBalok", "layak"), Map.entry("atap", "layak"), Map.entry("lantai", "semen"),
                Map.entry("dinding", "tembok"), Map.entry("pencahayaanCukup", true), Map.entry("jambanSendiri", true),
                Map.entry("luasLantai", 26), Map.entry("jumlahPenghuni", 3), Map.entry("listrik", "pln-sendiri"),
                Map.entry("airMinumLayak", true), Map.entry("statusBantuan", "belum")), ModuleContract.TODAY).values();
        Map<String, Object> derived = module.derive(PerumahanModule.RTLH, values, null);
        assertEquals(new java.math.BigDecimal("8.67"), derived.get("luasPerOrang"));
        assertEquals(false, derived.get("layakHuni"), "8.67 m² per person is below 9 m²");
        var roomier = new java.util.HashMap<>(values);
        roomier.put("jumlahPenghuni", 2L);
        assertEquals(true, module.derive(PerumahanModule.RTLH, roomier, null).get("layakHuni"));
        assertEquals(Set.of(), ModuleContract.refusedFields(module, PerumahanModule.HUNIAN, Map.of("penyebab", "relokasi",
                "statusHunian", "huntap", "tanggalMenempati", "2026-01-05")));
    }
}
