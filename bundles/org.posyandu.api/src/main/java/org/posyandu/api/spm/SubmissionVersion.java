package org.posyandu.api.spm;

import java.time.Instant;

/**
 * One version of a submission as kept in its history: what it held ({@link #isi()}), what was done
 * ({@link #tindakan()}: {@code dibuat}, {@code diubah} or {@code dibatalkan}), by whom, when and why.
 *
 * @param versi 1 for the submission as first stored, then one more per correction or void
 */
public record SubmissionVersion(String submissionId, int versi, String tindakan, Submission isi, String alasan,
        String oleh, Instant pada) {
    public static final String DIBUAT = "dibuat";
    public static final String DIUBAH = "diubah";
    public static final String DIBATALKAN = "dibatalkan";
}
