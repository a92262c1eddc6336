package org.posyandu.api.warga;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.posyandu.api.error.FieldError;

/**
 * A resident a Posyandu serves (sasaran).
 *
 * @param nik             16-digit NIK as text, {@code null} for a newborn not registered yet
 * @param ibuId           the mother's record, for a child (required when there is no NIK)
 * @param hpht            first day of the last menstrual period of a pregnant woman, else {@code null}
 * @param kelompokSasaran target groups derived today from age, sex and pregnancy, e.g. {@code ["bayi","balita"]}
 * @param peringatan      accepted but noteworthy facts, e.g. a NIK issued in a kecamatan that has since split
 * @param hubunganKeluarga the relation to the head of the household on the KK ({@link HubunganKeluarga#jsonName()})
 * @param status          {@code aktif}, or after a life event {@code meninggal} / {@code pindah} (moved out of the
 *                        area; a move to another Posyandu keeps the resident {@code aktif} there)
 * @param tanggalKeluar   the date of that death or move, {@code null} while {@code aktif}
 * @param kehamilanBerakhir the date the last recorded pregnancy ended (delivery, miscarriage), or {@code null}
 */
public record Warga(String id, String nik, String noKk, String nama, JenisKelamin jenisKelamin,
        LocalDate tanggalLahir, String desaKode, String rt, String rw, String alamat, String posyanduId,
        String ibuId, LocalDate hpht, List<String> kelompokSasaran, List<FieldError> peringatan, Instant dibuat,
        Instant diubah, String hubunganKeluarga, String status, LocalDate tanggalKeluar, LocalDate kehamilanBerakhir) {

    public static final String AKTIF = "aktif";

    /** A resident without household relation or life events (the shape before both existed). */
    public Warga(String id, String nik, String noKk, String nama, JenisKelamin jenisKelamin, LocalDate tanggalLahir,
            String desaKode, String rt, String rw, String alamat, String posyanduId, String ibuId, LocalDate hpht,
            List<String> kelompokSasaran, List<FieldError> peringatan, Instant dibuat, Instant diubah) {
        this(id, nik, noKk, nama, jenisKelamin, tanggalLahir, desaKode, rt, rw, alamat, posyanduId, ibuId, hpht,
                kelompokSasaran, peringatan, dibuat, diubah, null, AKTIF, null, null);
    }
}
