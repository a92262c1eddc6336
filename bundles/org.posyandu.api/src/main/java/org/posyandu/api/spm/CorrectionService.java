package org.posyandu.api.spm;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Scope;

/**
 * Corrections and voids of stored submissions, by their author or an admin whose scope covers them, while their
 * month is open ({@link PeriodGuard}). Nothing is deleted: every version is kept with who, when and why; a voided
 * submission leaves the lists and reports and stays in its history. A change recomputes what depends on it (the
 * derived values of the resident's later submissions of the form). Retries follow the rules of new submissions:
 * the same {@code Idempotency-Key} with the same content answers the first result, with other content a 422.
 */
@ProviderType
public interface CorrectionService {

    /** The result of a correction or void, and whether it was done now ({@code false}: a replay). */
    record Changed(SubmissionVersion version, boolean created) {
    }

    Changed correct(Caller caller, String posyanduId, String formId, String id, String idempotencyKey,
            SubmissionCorrection correction);

    Changed voidSubmission(Caller caller, String posyanduId, String formId, String id, String idempotencyKey,
            SubmissionVoid body);

    /** Every version of a submission, oldest first; 404 if it never existed in the caller's scope. */
    List<SubmissionVersion> history(Scope scope, String posyanduId, String formId, String id);

    /** The voided submissions of a form at a Posyandu (their last version), newest first. */
    List<SubmissionVersion> voided(Scope scope, String posyanduId, String formId, String periode);
}
