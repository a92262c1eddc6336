package org.posyandu.core.internal.spm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.posyandu.api.spm.FieldDefinition.bool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.posyandu.api.error.Errors;
import org.posyandu.api.spm.Eligibility;
import org.posyandu.api.spm.Eligibility.Umur;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.ModuleDescriptor;
import org.posyandu.api.spm.SpmModule;
import org.posyandu.api.spm.Subject;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.Warga;

class EligibilityCheckTest {
    private static final FormDefinition PAUD = form("uji.paud", Subject.WARGA_REQUIRED);
    private static final FormDefinition APAR = form("uji.apar", Subject.NONE);
    private static final LocalDate VISIT = LocalDate.of(2026, 10, 5);

    private static FormDefinition form(String id, Subject subject) {
        return new FormDefinition(id, 1, "Uji", "Test", "uji", subject, List.of(bool("ya", "Ya", "Yes")), List.of());
    }

    private static Warga born(LocalDate birth) {
        return new Warga("w1", null, null, "Ani", JenisKelamin.P, birth, "16.71.17.1003", null, null, null, "p1", null,
                null, List.of(), List.of(), Instant.now(), Instant.now());
    }

    private static SpmModule module(Eligibility e) {
        return new SpmModule() {
            @Override
            public ModuleDescriptor descriptor() {
                return null;
            }

            @Override
            public Eligibility eligibility(FormDefinition form) {
                if (e == null) {
                    throw new IllegalStateException("a module bug");
                }
                return e;
            }
        };
    }

    private static List<String> rules(SpmModule m, Warga w) {
        Errors errors = new Errors();
        EligibilityCheck.check(m, PAUD, w, VISIT, errors);
        return errors.list().stream().map(x -> x.field() + " " + x.rule()).toList();
    }

    @Test
    void refusesAResidentOutsideTheFormsSasaranOnWargaId() {
        SpmModule m = module(Eligibility.umur(Umur.tahun(3), Umur.tahun(6)));
        assertEquals(List.of("wargaId sasaran.umur"), rules(m, born(VISIT.minusMonths(18))));
        assertEquals(List.of("wargaId sasaran.umur"), rules(m, born(VISIT.minusYears(36))));
        assertEquals(List.of(), rules(m, born(VISIT.minusYears(4))));
    }

    @Test
    void aModuleThatSaysNothingOrFailsLetsAnyoneIn() {
        SpmModule silent = () -> null;
        assertEquals(List.of(), rules(silent, born(VISIT.minusYears(36))));
        assertEquals(List.of(), rules(module(null), born(VISIT.minusYears(36))));
    }

    @Test
    void theSchemaCarriesXSasaranOnlyForFormsAboutAResident() {
        SpmModule m = module(Eligibility.umur(Umur.tahun(3), Umur.tahun(6)));
        assertEquals(Map.of("umurMin", Map.of("nilai", 3, "satuan", "tahun"), "umurMaks",
                Map.of("nilai", 6, "satuan", "tahun")), EligibilityCheck.schema(m, PAUD).get("x-sasaran"));
        assertFalse(EligibilityCheck.schema(m, APAR).containsKey("x-sasaran"));
        assertFalse(EligibilityCheck.schema(null, PAUD).containsKey("x-sasaran"));
    }
}
