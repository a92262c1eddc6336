package org.posyandu.api.warga;

import java.time.LocalDate;

public record WargaInput(String nik, String noKk, String nama, JenisKelamin jenisKelamin, LocalDate tanggalLahir,
        String desaKode, String rt, String rw, String alamat, String posyanduId, String ibuId, LocalDate hpht) {
}
