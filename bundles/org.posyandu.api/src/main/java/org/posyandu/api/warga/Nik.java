package org.posyandu.api.warga;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.posyandu.api.error.FieldError;
import org.posyandu.api.wilayah.WilayahKode;

/**
 * Structural rules of the NIK (Nomor Induk Kependudukan, UU 24/2013 and Permendagri 108/2019): 16 digits;
 * digits 1–6 the kecamatan of registration, 7–12 the birth date DDMMYY with 40 added to DD for women,
 * 13–16 a serial number. A NIK keeps the kecamatan code of where and when it was issued; regions have split
 * and been renumbered since, so an unknown kecamatan is a warning, never a reason to refuse a real person.
 */
public final class Nik {
    private static final String FIELD = "nik";

    private Nik() {
    }

    public static boolean isWellFormed(String nik) {
        return nik != null && nik.length() == 16 && nik.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * Checks a NIK against itself, the region list, and (when given) the sex and birth date recorded for the
     * person. Every broken rule is reported; a NIK that is not 16 digits is reported once and not parsed.
     */
    public static NikCheck check(String nik, JenisKelamin sex, LocalDate birthDate, NikRegions regions) {
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> warnings = new ArrayList<>();
        if (!isWellFormed(nik)) {
            int given = nik == null ? 0 : nik.length();
            errors.add(new FieldError(FIELD, "nik.format",
                    "NIK harus 16 angka tanpa spasi atau tanda baca (diterima " + given + " karakter).",
                    "A NIK is 16 digits without spaces or punctuation (got " + given + " characters)."));
            return new NikCheck(errors, warnings, null, null, null, null, null);
        }
        String provinsi = nik.substring(0, 2);
        if (!regions.provinsiExists(provinsi)) {
            errors.add(new FieldError(FIELD, "nik.provinsi",
                    "Dua angka pertama NIK (" + provinsi + ") bukan kode provinsi yang ada.",
                    "The first two digits of the NIK (" + provinsi + ") are not an existing province code."));
        }
        String kecamatan = WilayahKode.kecamatanFromDigits(nik.substring(0, 6));
        if (errors.isEmpty() && !regions.kecamatanExists(kecamatan)) {
            warnings.add(new FieldError(FIELD, "nik.kecamatan",
                    "Kode kecamatan NIK (" + kecamatan + ") tidak ada dalam daftar wilayah sekarang; NIK tetap "
                            + "diterima karena kode itu berlaku saat NIK diterbitkan (pemekaran wilayah).",
                    "The NIK's kecamatan code (" + kecamatan + ") is not in today's region list; the NIK is "
                            + "accepted because codes are kept as issued (regions have split since)."));
        }
        int dd = Integer.parseInt(nik.substring(6, 8));
        int mm = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        JenisKelamin nikSex = dd > 40 ? JenisKelamin.P : JenisKelamin.L;
        int day = dd > 40 ? dd - 40 : dd;
        boolean dateValid = day >= 1 && day <= 31 && mm >= 1 && mm <= 12
                && (existsIn(1900 + yy, mm, day) || existsIn(2000 + yy, mm, day));
        if (!dateValid) {
            errors.add(new FieldError(FIELD, "nik.tanggalLahir",
                    "Angka ke-7 sampai ke-12 NIK (" + nik.substring(6, 12) + ") bukan tanggal lahir DDMMYY yang "
                            + "benar (untuk perempuan tanggal ditambah 40).",
                    "Digits 7-12 of the NIK (" + nik.substring(6, 12) + ") are not a valid DDMMYY birth date "
                            + "(40 is added to the day for women)."));
        }
        if (sex != null && dateValid && sex != nikSex) {
            errors.add(new FieldError(FIELD, "nik.jenisKelamin",
                    "NIK menunjukkan " + (nikSex == JenisKelamin.P ? "perempuan" : "laki-laki")
                            + " (tanggal " + (nikSex == JenisKelamin.P ? "ditambah 40" : "tanpa tambahan 40")
                            + "), tidak cocok dengan jenis kelamin yang diisi.",
                    "The NIK says " + (nikSex == JenisKelamin.P ? "female (day plus 40)" : "male (day without 40)")
                            + ", which does not match the sex given."));
        }
        if (birthDate != null && dateValid && (birthDate.getDayOfMonth() != day
                || birthDate.getMonthValue() != mm || birthDate.getYear() % 100 != yy)) {
            errors.add(new FieldError(FIELD, "nik.cocokTanggalLahir",
                    String.format("Tanggal lahir di NIK (%02d-%02d-%02d) tidak cocok dengan tanggal lahir %s.",
                            day, mm, yy, birthDate),
                    String.format("The birth date in the NIK (%02d-%02d-%02d) does not match the birth date %s.",
                            day, mm, yy, birthDate)));
        }
        if (nik.endsWith("0000")) {
            errors.add(new FieldError(FIELD, "nik.nomorUrut", "Nomor urut NIK (4 angka terakhir) tidak boleh 0000.",
                    "The NIK serial number (last 4 digits) cannot be 0000."));
        }
        return new NikCheck(errors, warnings, kecamatan, dateValid ? nikSex : null, dateValid ? day : null,
                dateValid ? mm : null, dateValid ? yy : null);
    }

    private static boolean existsIn(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
