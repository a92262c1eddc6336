package org.posyandu.api.kader;

import java.time.LocalDate;

public record PengurusInput(String nama, String nik, String telepon, Jabatan jabatan, String bidang,
        LocalDate tanggalMulai, LocalDate tanggalSelesai) {
}
