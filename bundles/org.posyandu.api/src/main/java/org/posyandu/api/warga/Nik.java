package org.posyandu.api.warga;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.posyandu.api.error.FieldError;
import org.posyandu.api.wilayah.WilayahKode;

/**
 * Structural rules of the NIK (Nomor Induk Kependudukan, UU 24/2013 and Permendagri 108/2019): 16 digits;
 * digits 1–6 the kecamatan of registration, 7–12 the birth date DDMMYY with 40 added to DD for women,
 * 13–16 a serial number. A NIK keeps the kecamatan code of where and when it was issued; regions have split
 * and been renumbered since, so an unknown kecamatan is a warning, never a reason to refuse a real person.
 * Only the structure can be checked here; whether the NIK belongs to the person is Dukcapil's business.
 */
public final class Nik {
    private static final String FIELD = "nik";
    /** Dukcapil adds 40 to the day of birth of women so the NIK also encodes sex. */
    private static final int FEMALE_OFFSET = 40;

    private Nik() {
    }

    /** Exactly 16 ASCII digits; other Unicode digits are refused because Dukcapil never issues them. */
    public static boolean isWellFormed(String nik) {
        return nik != null && nik.length() == 16 && nik.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * Checks a NIK against itself, the region list, and (when given) the sex and birth date recorded for the
     * person. Every broken rule is reported; a NIK that is not 16 digits is reported once and not parsed.
     *
     * @param sex       the sex recorded for the person, {@code null} to skip the comparison
     * @param birthDate the birth date recorded for the person, {@code null} to skip the comparison
     * @param regions   the current region list; must not be {@code null}
     */
    public static NikCheck check(String nik, JenisKelamin sex, LocalDate birthDate, NikRegions regions) {
        Objects.requireNonNull(regions, "regions");
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> warnings = new ArrayList<>();
        if (!isWellFormed(nik)) {
            errors.add(formatError(nik));
            return new NikCheck(errors, warnings, null, null, null, null, null);
        }

        String provinsi = nik.substring(0, 2);
        boolean provinsiKnown = regions.provinsiExists(provinsi);
        if (!provinsiKnown) {
            errors.add(error("nik.provinsi",
                    "Dua angka pertama NIK harus kode provinsi yang ada; " + provinsi + " bukan kode provinsi.",
                    "The first two digits of a NIK must be an existing province code; " + provinsi
                            + " is not one."));
        }
        String kecamatan = WilayahKode.kecamatanFromDigits(nik.substring(0, 6));
        // An unknown province is already an error; a second note about its kecamatan would only add noise.
        if (provinsiKnown && !regions.kecamatanExists(kecamatan)) {
            warnings.add(error("nik.kecamatan",
                    "Kode kecamatan di NIK (" + kecamatan + ") tidak ada dalam daftar wilayah sekarang. NIK tetap "
                            + "diterima: NIK menyimpan kode kecamatan saat diterbitkan, dan wilayah bisa sudah "
                            + "dimekarkan atau diberi kode baru.",
                    "The kecamatan code in the NIK (" + kecamatan + ") is not in the current region list. The NIK "
                            + "is accepted: a NIK keeps the kecamatan code from when it was issued, and regions "
                            + "may have split or been renumbered since."));
        }

        int dd = Integer.parseInt(nik.substring(6, 8));
        int mm = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        JenisKelamin nikSex = dd > FEMALE_OFFSET ? JenisKelamin.P : JenisKelamin.L;
        int day = dd > FEMALE_OFFSET ? dd - FEMALE_OFFSET : dd;
        FieldError dateError = dateError(nik.substring(6, 12), dd, day, mm, yy);
        if (dateError != null) {
            errors.add(dateError);
        }
        if (sex != null && sex != nikSex) {
            errors.add(sexError(dd, nikSex, sex));
        }
        if (birthDate != null && dateError == null && (birthDate.getDayOfMonth() != day
                || birthDate.getMonthValue() != mm || birthDate.getYear() % 100 != yy)) {
            errors.add(error("nik.cocokTanggalLahir",
                    String.format("Tanggal lahir di NIK (%02d-%02d-..%02d) harus sama dengan tanggal lahir yang "
                            + "diisi (%02d-%02d-%d).", day, mm, yy, birthDate.getDayOfMonth(),
                            birthDate.getMonthValue(), birthDate.getYear()),
                    String.format("The birth date in the NIK (%02d-%02d-..%02d) must match the birth date given "
                            + "(%02d-%02d-%d).", day, mm, yy, birthDate.getDayOfMonth(),
                            birthDate.getMonthValue(), birthDate.getYear())));
        }
        if (nik.endsWith("0000")) {
            errors.add(error("nik.nomorUrut",
                    "Nomor urut NIK (4 angka terakhir) tidak boleh 0000; Dukcapil memberi nomor mulai 0001.",
                    "The NIK serial number (last 4 digits) cannot be 0000; Dukcapil numbers from 0001."));
        }
        boolean dateValid = dateError == null;
        return new NikCheck(errors, warnings, kecamatan, nikSex, dateValid ? day : null, dateValid ? mm : null,
                dateValid ? yy : null);
    }

    private static FieldError formatError(String nik) {
        if (nik == null) {
            return error("nik.format", "NIK harus 16 angka; tidak ada NIK yang diisi.",
                    "A NIK is 16 digits; none was given.");
        }
        if (nik.length() != 16) {
            return error("nik.format", "NIK harus tepat 16 angka; yang diisi " + nik.length() + " karakter.",
                    "A NIK is exactly 16 digits; " + nik.length() + " characters were given.");
        }
        int i = 0;
        while (nik.charAt(i) >= '0' && nik.charAt(i) <= '9') {
            i++;
        }
        return error("nik.format",
                "NIK harus 16 angka tanpa spasi, titik atau huruf; karakter ke-" + (i + 1) + " ('" + nik.charAt(i)
                        + "') bukan angka.",
                "A NIK is 16 digits without spaces, dots or letters; character " + (i + 1) + " ('"
                        + nik.charAt(i) + "') is not a digit.");
    }

    /** The birth-date error for digits 7–12, or {@code null} if they are a real date in 19YY or 20YY. */
    private static FieldError dateError(String ddmmyy, int dd, int day, int mm, int yy) {
        String what = "Angka ke-7 sampai ke-12 NIK (" + ddmmyy + ") harus tanggal lahir DDMMYY";
        String whatEn = "Digits 7-12 of the NIK (" + ddmmyy + ") must be a DDMMYY birth date";
        if (day < 1 || day > 31) {
            return error("nik.tanggalLahir",
                    what + "; hari harus 01-31 (laki-laki) atau 41-71 (perempuan, tanggal + 40), bukan "
                            + ddmmyy.substring(0, 2) + ".",
                    whatEn + "; the day must be 01-31 (male) or 41-71 (female, day + 40), not "
                            + ddmmyy.substring(0, 2) + ".");
        }
        if (mm < 1 || mm > 12) {
            return error("nik.tanggalLahir", what + "; bulan harus 01-12, bukan " + ddmmyy.substring(2, 4) + ".",
                    whatEn + "; the month must be 01-12, not " + ddmmyy.substring(2, 4) + ".");
        }
        // The NIK has no century; a date that exists in either century may be right.
        if (existsIn(1900 + yy, mm, day) || existsIn(2000 + yy, mm, day)) {
            return null;
        }
        String date = String.format("%02d-%02d", day, mm);
        return error("nik.tanggalLahir",
                what + "; tanggal " + date + " tidak ada pada tahun " + (1900 + yy) + " maupun " + (2000 + yy)
                        + (dd > FEMALE_OFFSET ? " (hari sudah dikurangi 40)." : "."),
                whatEn + "; " + date + " (day-month) does not exist in " + (1900 + yy) + " or " + (2000 + yy)
                        + (dd > FEMALE_OFFSET ? " (after subtracting 40 from the day)." : "."));
    }

    private static FieldError sexError(int dd, JenisKelamin nikSex, JenisKelamin given) {
        String dayPart = String.format("%02d", dd);
        return error("nik.jenisKelamin",
                "Hari lahir di NIK (" + dayPart + ") menunjukkan " + nama(nikSex)
                        + " (perempuan: tanggal + 40), tetapi jenis kelamin yang diisi " + nama(given) + ".",
                "The day of birth in the NIK (" + dayPart + ") means " + name(nikSex)
                        + " (female: day + 40), but the sex given is " + name(given) + ".");
    }

    private static String nama(JenisKelamin sex) {
        return sex == JenisKelamin.P ? "perempuan" : "laki-laki";
    }

    private static String name(JenisKelamin sex) {
        return sex == JenisKelamin.P ? "female" : "male";
    }

    private static boolean existsIn(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static FieldError error(String rule, String message, String messageEn) {
        return new FieldError(FIELD, rule, message, messageEn);
    }
}
