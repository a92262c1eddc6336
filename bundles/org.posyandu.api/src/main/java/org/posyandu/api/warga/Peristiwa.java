package org.posyandu.api.warga;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A life event of a resident as kept: nothing is deleted, a wrong event is voided with a reason.
 *
 * @param jenis          {@link JenisPeristiwa#jsonName()}
 * @param posyanduAsal   the Posyandu that served the resident when the event happened
 * @param posyanduTujuan for a move to another Posyandu, that Posyandu; {@code null} for a move out of the area
 * @param keterangan     why, or what happened (e.g. {@code keguguran})
 * @param sumber         the submission that recorded the event ({@code formId/submissionId}), {@code null} if by hand
 * @param dibatalkan     when the event was voided, {@code null} while it stands
 */
public record Peristiwa(String id, String wargaId, String jenis, LocalDate tanggal, String posyanduAsal,
        String posyanduTujuan, String keterangan, String sumber, Instant dicatat, String dicatatOleh,
        Instant dibatalkan, String dibatalkanOleh, String alasanBatal) {
}
