package org.posyandu.api.warga;

import java.util.Optional;

import org.posyandu.api.error.FieldError;

/**
 * Structural check of a No KK (Kartu Keluarga number): 16 digits, a region prefix, a non-zero serial. The
 * region is not looked up: like a NIK, a KK keeps the code of where it was issued.
 */
public final class NoKk {
    private static final String RULE = "noKk.format";

    private NoKk() {
    }

    /** The broken rule, or empty if the number is well-formed; {@code null} counts as not well-formed. */
    public static Optional<FieldError> check(String field, String noKk) {
        if (!Nik.isWellFormed(noKk)) {
            String given = noKk == null ? "tidak diisi" : noKk.length() + " karakter";
            String givenEn = noKk == null ? "none was given" : noKk.length() + " characters were given";
            return error(field, "Nomor KK harus tepat 16 angka tanpa spasi atau tanda baca; " + given + ".",
                    "A family card number is exactly 16 digits without spaces or punctuation; " + givenEn + ".");
        }
        if (noKk.startsWith("00")) {
            return error(field, "Nomor KK harus diawali kode provinsi; 00 bukan kode provinsi.",
                    "A family card number starts with a province code; 00 is not one.");
        }
        if (noKk.endsWith("0000")) {
            return error(field, "Nomor urut KK (4 angka terakhir) tidak boleh 0000.",
                    "The family card serial number (last 4 digits) cannot be 0000.");
        }
        return Optional.empty();
    }

    private static Optional<FieldError> error(String field, String message, String messageEn) {
        return Optional.of(new FieldError(field, RULE, message, messageEn));
    }
}
