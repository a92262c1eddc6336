package org.posyandu.api.spm;

import java.time.Instant;

/**
 * One step in the history of a Posyandu's month; append-only.
 *
 * @param aksi          {@code verifikasi}, {@code kembalikan}, {@code kunci}, {@code buka}, or {@code ubah} (data
 *                      changed after verification, which sends the month back to {@code terbuka})
 * @param statusSebelum the status before, {@link PeriodeStatus#jsonName()}
 * @param status        the status after
 * @param oleh          username
 * @param peran         the role then
 */
public record PeriodeEvent(long id, Instant waktu, String posyanduId, String periode, String aksi,
        String statusSebelum, String status, String alasan, String oleh, String peran) {
}
