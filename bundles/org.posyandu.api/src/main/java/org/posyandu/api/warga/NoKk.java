package org.posyandu.api.warga;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.posyandu.api.error.FieldError;
import org.posyandu.api.wilayah.WilayahKode;

/**
 * Check of a No KK (Kartu Keluarga number): 16 digits, a region prefix, a non-zero serial. Like a NIK, a KK keeps the
 * code of the kecamatan where it was issued: its first two digits must name a province that exists (a typo otherwise),
 * while a kecamatan that no longer exists (regions split and are renumbered) is only a warning.
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

    /** The structural rules and the region prefix: errors refuse the number, warnings are kept with the record. */
    public static NikCheck check(String field, String noKk, NikRegions regions) {
        Optional<FieldError> format = check(field, noKk);
        if (format.isPresent()) {
            return new NikCheck(List.of(format.get()), List.of(), null, null, null, null, null);
        }
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> warnings = new ArrayList<>();
        String provinsi = noKk.substring(0, 2);
        String kecamatan = WilayahKode.kecamatanFromDigits(noKk.substring(0, 6));
        if (!regions.provinsiExists(provinsi)) {
            errors.add(new FieldError(field, "noKk.provinsi",
                    "Dua angka pertama nomor KK harus kode provinsi yang ada; " + provinsi + " bukan kode provinsi.",
                    "The first two digits of a family card number must be an existing province code; " + provinsi
                            + " is not one."));
        } else if (!regions.kecamatanExists(kecamatan)) {
            warnings.add(new FieldError(field, "noKk.kecamatan", "Kode kecamatan di nomor KK (" + kecamatan
                    + ") tidak ada dalam daftar wilayah sekarang; nomor KK tetap diterima (wilayah bisa sudah dimekarkan).",
                    "The kecamatan code in the family card number (" + kecamatan + ") is not in the current region "
                            + "list; the number is accepted (regions may have split since)."));
        }
        return new NikCheck(errors, warnings, kecamatan, null, null, null, null);
    }

    private static Optional<FieldError> error(String field, String message, String messageEn) {
        return Optional.of(new FieldError(field, RULE, message, messageEn));
    }
}
