package org.posyandu.api.warga;

import java.util.Optional;

import org.posyandu.api.error.FieldError;

/** Structural check of a No KK (family card number): 16 digits, a region prefix, a non-zero serial. */
public final class NoKk {
    private NoKk() {
    }

    public static Optional<FieldError> check(String field, String noKk) {
        if (Nik.isWellFormed(noKk) && !noKk.startsWith("00") && !noKk.endsWith("0000")) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(field, "noKk.format",
                "Nomor KK harus 16 angka, diawali kode wilayah dan tidak berakhir 0000.",
                "A family card number is 16 digits, starts with a region code and does not end in 0000."));
    }
}
