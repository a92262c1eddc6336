package org.posyandu.api.wilayah;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Syntax of Kemendagri region codes ({@code PP}, {@code PP.KK}, {@code PP.KK.CC}, {@code PP.KK.CC.DDDD}).
 * Syntax only: whether a code exists is the {@link WilayahService}'s business.
 */
public final class WilayahKode {
    private static final Pattern CODE = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");
    private static final Pattern PREFIX = Pattern.compile("\\d{1,2}|\\d{2}\\.\\d{0,2}|\\d{2}\\.\\d{2}\\.\\d{0,2}"
            + "|\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{0,4}");

    private WilayahKode() {
    }

    /** The level of a well-formed code, or empty if it is not a well-formed code. */
    public static Optional<Tingkat> tingkatOf(String kode) {
        if (kode == null || !CODE.matcher(kode).matches()) {
            return Optional.empty();
        }
        return Optional.of(Tingkat.values()[kode.split("\\.").length - 1]);
    }

    public static boolean isValid(String kode) {
        return tingkatOf(kode).isPresent();
    }

    /** The parent's code, or {@code null} for a provinsi. The code must be well-formed. */
    public static String indukOf(String kode) {
        int dot = kode.lastIndexOf('.');
        return dot < 0 ? null : kode.substring(0, dot);
    }

    /**
     * The kabupaten/kota code ({@code PP.KK}) of a code at kabupaten level or below (a kecamatan, a desa), or
     * {@code null} for a provinsi. The code must be well-formed.
     */
    public static String kabupatenOf(String kode) {
        return kode.length() < 5 ? null : kode.substring(0, 5);
    }

    /**
     * Whether the text is a usable prefix filter (e.g. {@code 16}, {@code 16.71}, {@code 16.7}, {@code 16.71.}):
     * the start of some code, digits and dots in the right places only.
     */
    public static boolean isPrefix(String prefix) {
        return prefix != null && PREFIX.matcher(prefix).matches();
    }

    /** Whether {@code kode} lies within (or is) the region {@code scope}, comparing whole code parts. */
    public static boolean isWithin(String kode, String scope) {
        return kode.equals(scope) || kode.startsWith(scope + ".");
    }

    /**
     * Converts the 6-digit kecamatan part of a NIK ({@code 167117}) to a dotted kecamatan code ({@code 16.71.17}).
     */
    public static String kecamatanFromDigits(String sixDigits) {
        if (sixDigits == null || !sixDigits.matches("\\d{6}")) {
            throw new IllegalArgumentException("six digits expected");
        }
        return sixDigits.substring(0, 2) + "." + sixDigits.substring(2, 4) + "." + sixDigits.substring(4, 6);
    }
}
