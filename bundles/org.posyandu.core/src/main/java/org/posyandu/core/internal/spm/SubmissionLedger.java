package org.posyandu.core.internal.spm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

import javax.sql.DataSource;

import org.posyandu.api.security.Caller;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.spm.SubmissionService.Stored;

/**
 * The idempotency ledger of new submissions ({@code spm_submission_key}, primary key = the phone's key): a key seen
 * before answers what it stored, another user's key or other content under the same key is a 422.
 */
final class SubmissionLedger {
    private static final String FIND = "SELECT user_id, form_id, posyandu_id, submission_id, content_hash"
            + " FROM spm_submission_key WHERE idempotency_key = ?";
    static final String INSERT = "INSERT INTO spm_submission_key (idempotency_key, user_id, form_id, posyandu_id,"
            + " submission_id, content_hash, dibuat) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final SubmissionRules rules;

    SubmissionLedger(DataSource dataSource, SubmissionRules rules) {
        this.dataSource = dataSource;
        this.rules = rules;
    }

    /** The submission first stored under the key, if any; throws the 422 for a key used otherwise. */
    Optional<Stored> replay(Caller caller, String key, String hash) {
        String formId;
        String posyanduId;
        String submissionId;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(FIND)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                if (!rs.getString(1).equals(caller.userId()) || !rs.getString(5).equals(hash)) {
                    throw SubmissionServiceImpl.reused();
                }
                formId = rs.getString(2);
                posyanduId = rs.getString(3);
                submissionId = rs.getString(4);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        FormDefinition form = rules.requireForm(formId); // a gone module's form: 404, its data is kept
        return rules.read(form, posyanduId, submissionId).map(s -> new Stored(s, false));
    }

    /** Adds the ledger row of a submission to the batch of {@code ps} (a statement of {@link #INSERT}). */
    static void add(PreparedStatement ps, PreparedSubmission p, Caller caller) throws SQLException {
        Submission s = p.submission;
        ps.setString(1, p.key);
        ps.setString(2, caller.userId());
        ps.setString(3, s.formId());
        ps.setString(4, s.posyanduId());
        ps.setString(5, s.id());
        ps.setString(6, p.hash);
        ps.setTimestamp(7, Timestamp.from(s.dibuat()));
        ps.addBatch();
    }
}
