package org.posyandu.api.spm;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a kader sends: the resident it is about (if any), the date of the service or survey, and the form's
 * data as JSON values.
 */
public record SubmissionInput(String wargaId, LocalDate tanggal, Map<String, Object> data) {
}
