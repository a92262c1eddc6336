package org.posyandu.core.internal.spm;

import java.time.LocalDate;
import java.util.Map;

import org.posyandu.api.error.Errors;
import org.posyandu.api.spm.Eligibility;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.FormSchema;
import org.posyandu.api.spm.SpmModule;
import org.posyandu.api.spm.Subject;
import org.posyandu.api.warga.Warga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who a form may be about, checked by the platform for every module: the resident's age at the visit date, sex and
 * target group against the form's {@link Eligibility} ({@link SpmModule#eligibility}). Runs before the module's own
 * rules, so a module never sees a submission about someone its form is not for.
 */
final class EligibilityCheck {
    private static final Logger LOG = LoggerFactory.getLogger(EligibilityCheck.class);

    private EligibilityCheck() {
    }

    /** The form's eligibility; a module that fails to say is treated as saying "anyone" (and logged). */
    static Eligibility of(SpmModule module, FormDefinition form) {
        try {
            Eligibility e = module.eligibility(form);
            return e == null ? Eligibility.ANYONE : e;
        } catch (RuntimeException e) {
            LOG.error("module {} failed to say who form {} is for; anyone may be", form.moduleId(), form.id(), e);
            return Eligibility.ANYONE;
        }
    }

    /** The form's JSON Schema with its eligibility as {@code x-sasaran} (none for a form not about a resident). */
    static Map<String, Object> schema(SpmModule module, FormDefinition form) {
        boolean anyone = module == null || form.subject() == Subject.NONE;
        return FormSchema.of(form, anyone ? Eligibility.ANYONE : of(module, form));
    }

    /** Adds an error on {@code wargaId} for each part of the form's eligibility the resident misses on {@code on}. */
    static void check(SpmModule module, FormDefinition form, Warga warga, LocalDate on, Errors errors) {
        if (warga == null || on == null) {
            return;
        }
        of(module, form).check(form.title(), warga.tanggalLahir(), warga.jenisKelamin(), warga.hpht(), on)
                .forEach(errors::add);
    }
}
