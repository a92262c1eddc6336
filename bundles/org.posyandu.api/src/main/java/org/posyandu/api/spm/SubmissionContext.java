package org.posyandu.api.spm;

import java.time.LocalDate;

import org.posyandu.api.warga.Warga;

/**
 * What a module may know about a submission besides its data.
 *
 * @param tanggal the date of the service or survey
 * @param warga   the resident it is about, or {@code null}
 */
public record SubmissionContext(String posyanduId, String desaKode, LocalDate tanggal, Warga warga) {
}
