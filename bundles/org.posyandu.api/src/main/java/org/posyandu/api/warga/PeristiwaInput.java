package org.posyandu.api.warga;

import java.time.LocalDate;

/**
 * A life event to record.
 *
 * @param jenis          {@code meninggal}, {@code pindah} or {@code kehamilan_berakhir}
 * @param posyanduTujuan for {@code pindah}: the Posyandu the resident moves to; empty for a move out of the area
 * @param keterangan     why, or what happened; required for a pregnancy ended by hand (e.g. {@code keguguran})
 */
public record PeristiwaInput(String jenis, LocalDate tanggal, String posyanduTujuan, String keterangan) {
}
