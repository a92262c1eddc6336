package org.posyandu.api.kader;

import java.time.LocalDate;
import java.util.List;

/**
 * A person in a Posyandu's pengurus or kader roster, in one role.
 *
 * @param bidang          the SPM field id for a koordinator or kader, else {@code null}
 * @param tanggalSelesai  when the person left the role, {@code null} while active
 */
public record Pengurus(String id, String posyanduId, String nama, String nik, String telepon, Jabatan jabatan,
        String bidang, LocalDate tanggalMulai, LocalDate tanggalSelesai, boolean aktif, List<Pelatihan> pelatihan) {
}
