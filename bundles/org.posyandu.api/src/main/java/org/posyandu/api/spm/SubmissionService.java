package org.posyandu.api.spm;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Scope;

/**
 * Forms and submissions of a Posyandu. Submissions are idempotent: the phone makes a UUID per submission;
 * the same key with the same content answers the stored submission (stored once), the same key with other
 * content is a 422. A module or menu not enabled for the Posyandu's kabupaten is a 403.
 */
@ProviderType
public interface SubmissionService {

    /** The forms of the modules and menus enabled for the Posyandu's kabupaten. */
    List<FormView> forms(Scope scope, String posyanduId);

    /**
     * Stores a submission once per key; {@link Stored#created()} tells a new one from a replay. Its audit line
     * ({@code CREATE submission}) is written in the transaction that stores it; a replay's in one of its own.
     */
    Stored submit(Caller caller, String posyanduId, String formId, String idempotencyKey, SubmissionInput input);

    record Stored(Submission submission, boolean created) {
    }

    /** One item of a batch: where it goes, its key, and its content. */
    record BatchItem(String posyanduId, String formId, String idempotencyKey, SubmissionInput input) {
    }

    /** The result of one batch item: stored (new or replayed) or refused. */
    record Outcome(Stored stored, org.posyandu.api.error.ApiException failure) {
    }

    /**
     * Many submissions at once (a phone back online): each item checked on its own with its own result, the
     * accepted ones stored with one commit, each with its audit line ({@code CREATE submission}, detail
     * {@code sync <form>}) in that transaction. Replays and refusals write nothing and get no line here: the caller
     * records them. Results are in the order of the items.
     */
    List<Outcome> submitAll(Caller caller, List<BatchItem> items);

    /** Submissions of a form at a Posyandu, newest first; {@code periode} {@code YYYY-MM} or {@code null}. */
    List<Submission> list(Scope scope, String posyanduId, String formId, String periode, int offset, int limit);

    Optional<Submission> find(Scope scope, String posyanduId, String formId, String id);
}
