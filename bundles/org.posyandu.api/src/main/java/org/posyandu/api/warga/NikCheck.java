package org.posyandu.api.warga;

import java.util.List;

import org.posyandu.api.error.FieldError;

/**
 * Result of checking a NIK: broken rules, warnings to keep on the record, and what the NIK itself says.
 *
 * @param kecamatanKode      dotted kecamatan code from digits 1–6, {@code null} if the NIK is not 16 digits
 * @param sex                sex the NIK encodes (day above 40 means P), {@code null} if not 16 digits
 * @param birthDay           day of birth with the +40 removed; the three birth parts are {@code null} if the NIK
 *                           is not 16 digits or digits 7–12 are not a real date
 * @param birthYearTwoDigits year of birth modulo 100; the NIK does not say the century
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
