package org.posyandu.api.warga;

import java.time.LocalDate;

/** @param hubunganKeluarga the relation on the KK ({@link HubunganKeluarga#jsonName()}), only with a No KK */
public record WargaInput(String nik, String noKk, String nama, JenisKelamin jenisKelamin, LocalDate tanggalLahir,
        String desaKode, String rt, String rw, String alamat, String posyanduId, String ibuId, LocalDate hpht,
        String hubunganKeluarga) {

    public WargaInput(String nik, String noKk, String nama, JenisKelamin jenisKelamin, LocalDate tanggalLahir,
            String desaKode, String rt, String rw, String alamat, String posyanduId, String ibuId, LocalDate hpht) {
        this(nik, noKk, nama, jenisKelamin, tanggalLahir, desaKode, rt, rw, alamat, posyanduId, ibuId, hpht, null);
    }
}
