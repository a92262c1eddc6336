package org.posyandu.core.internal.spm;

import java.util.List;

import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.spm.SubmissionService.Stored;

/** A submission checked and ready to store, or the answer to a replay. */
final class PreparedSubmission {
    final String key;
    final String hash;
    final FormDefinition form;
    final Submission submission;
    final Stored replay;
    /** The Posyandu whose figures the submission changes: where it was made and the resident's own. */
    final List<String> touches;
    /** The desa of the Posyandu, for the audit line. */
    final String desaKode;
    /** Its place in a batch. */
    int index;

    PreparedSubmission(String key, String hash, FormDefinition form, Submission submission, Stored replay,
            List<String> touches, String desaKode) {
        this.key = key;
        this.hash = hash;
        this.form = form;
        this.submission = submission;
        this.replay = replay;
        this.touches = touches;
        this.desaKode = desaKode;
    }

    static PreparedSubmission replayed(String key, String hash, Stored replay, String desaKode) {
        return new PreparedSubmission(key, hash, null, null, replay, List.of(), desaKode);
    }
}
