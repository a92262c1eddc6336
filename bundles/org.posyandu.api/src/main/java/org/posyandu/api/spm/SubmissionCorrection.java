package org.posyandu.api.spm;

import java.time.LocalDate;
import java.util.Map;

/**
 * The body of a correction ({@code PUT}): the submission's full new values, as for a new one, and why it changed
 * ({@code alasan}, optional). The resident cannot change: a submission about the wrong person is voided and entered
 * again.
 */
public record SubmissionCorrection(String wargaId, LocalDate tanggal, Map<String, Object> data, String alasan) {

    public SubmissionInput input() {
        return new SubmissionInput(wargaId, tanggal, data);
    }
}
