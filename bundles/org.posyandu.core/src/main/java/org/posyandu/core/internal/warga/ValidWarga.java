package org.posyandu.core.internal.warga;

import java.time.LocalDate;
import java.util.List;

import org.posyandu.api.error.FieldError;
import org.posyandu.api.warga.JenisKelamin;

/** A resident's input after every rule passed: cleaned values plus the warnings to keep on the record. */
record ValidWarga(String nik, String noKk, String nama, String namaKunci, JenisKelamin jenisKelamin,
        LocalDate tanggalLahir, String desaKode, String rt, String rw, String alamat, String posyanduId, String ibuId,
        LocalDate hpht, List<FieldError> peringatan, String hubunganKeluarga) {
}
