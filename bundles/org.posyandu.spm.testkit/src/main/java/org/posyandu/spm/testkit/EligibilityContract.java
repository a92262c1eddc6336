package org.posyandu.spm.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.posyandu.api.error.Errors;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.spm.Eligibility;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.FormSchema;
import org.posyandu.api.spm.SpmModule;
import org.posyandu.api.spm.Subject;
import org.posyandu.api.spm.SubmissionContext;
import org.posyandu.api.warga.Warga;

/**
 * The part of the contract about who each form may be about ({@link SpmModule#eligibility}), and the platform's
 * order of checks for a module's own unit tests: eligibility first, then the module's rules.
 */
public final class EligibilityContract {
    /** Days per unit, only to compare bounds given in different units. */
    private static final Map<Eligibility.Satuan, Double> DAYS = Map.of(Eligibility.Satuan.HARI, 1.0,
            Eligibility.Satuan.BULAN, 30.4375, Eligibility.Satuan.TAHUN, 365.25);

    private EligibilityContract() {
    }

    /** Every form says who it is for, consistently, and its schema carries it. */
    public static void verify(SpmModule module) {
        for (FormDefinition f : module.descriptor().forms().toList()) {
            Eligibility e = module.eligibility(f);
            assertNotNull(e, f.id() + " eligibility (Eligibility.ANYONE for anyone)");
            if (f.subject() == Subject.NONE) {
                assertTrue(e.isAnyone(), f.id() + " is not about a resident, so it cannot restrict who it is about");
            }
            if (e.umurMin() != null && e.umurMaks() != null) {
                assertTrue(days(e.umurMin()) <= days(e.umurMaks()), f.id() + " age range " + e.umurMin() + " to "
                        + e.umurMaks() + " is not empty");
            }
            Map<String, Object> schema = FormSchema.of(f, e);
            assertEquals(e.isAnyone() ? null : e.toJson(), schema.get("x-sasaran"), f.id() + " x-sasaran");
        }
    }

    private static double days(Eligibility.Umur u) {
        return u.nilai() * DAYS.get(u.satuan());
    }

    /**
     * What the platform refuses about {@code data} (already typed) for the resident of {@code context}: the form's
     * eligibility on the visit date first; only if that passes, the module's own rules.
     */
    public static List<FieldError> refusals(SpmModule module, FormDefinition form, Map<String, Object> data,
            SubmissionContext context) {
        Warga w = context.warga();
        List<FieldError> out = new ArrayList<>();
        if (w != null) {
            out.addAll(module.eligibility(form).check(form.title(), w.tanggalLahir(), w.jenisKelamin(), w.hpht(),
                    context.tanggal()));
        }
        if (out.isEmpty()) {
            Errors errors = new Errors();
            module.validate(form, data, context, errors);
            out.addAll(errors.list());
        }
        return out;
    }
}
