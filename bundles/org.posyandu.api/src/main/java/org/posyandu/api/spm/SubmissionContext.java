package org.posyandu.api.spm;

import java.time.LocalDate;
import java.util.List;

import org.posyandu.api.warga.Warga;

/**
 * What a module may know about a submission besides its data.
 *
 * @param tanggal the date of the service or survey
 * @param warga   the resident it is about, or {@code null}
 * @param riwayat earlier submissions of the same form about the same resident, newest first (at most a few; empty
 *                when there is no resident or no earlier one), for rules that compare with the last visit
 */
public record SubmissionContext(String posyanduId, String desaKode, LocalDate tanggal, Warga warga,
        List<Submission> riwayat) {

    public SubmissionContext {
        riwayat = riwayat == null ? List.of() : List.copyOf(riwayat);
    }

    /** A context without history. */
    public SubmissionContext(String posyanduId, String desaKode, LocalDate tanggal, Warga warga) {
        this(posyanduId, desaKode, tanggal, warga, List.of());
    }
}
