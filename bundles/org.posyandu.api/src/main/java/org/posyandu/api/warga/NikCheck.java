package org.posyandu.api.warga;

import java.util.List;

import org.posyandu.api.error.FieldError;

/**
 * Result of checking a NIK: broken rules, warnings to keep on the record, and what the NIK itself says.
 * The parsed parts are {@code null} when the NIK is not 16 digits.
 */
public record NikCheck(List<FieldError> errors, List<FieldError> warnings, String kecamatanKode, JenisKelamin sex,
        Integer birthDay, Integer birthMonth, Integer birthYearTwoDigits) {

    public NikCheck {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
