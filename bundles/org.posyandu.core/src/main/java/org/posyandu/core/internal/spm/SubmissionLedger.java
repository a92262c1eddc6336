package org.posyandu.core.internal.spm;

import org.posyandu.core.internal.db.IdempotencyLedger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    private static final String FIND = "SELECT idempotency_key, user_id, form_id, posyandu_id, submission_id,"
            + " content_hash FROM spm_submission_key WHERE idempotency_key IN (";
    static final int CHUNK = 100;

    private final DataSource dataSource;
    private final SubmissionRules rules;

    SubmissionLedger(DataSource dataSource, SubmissionRules rules) {
        this.dataSource = dataSource;
        this.rules = rules;
    }

    /** A key's row: who stored what under it. */
    record Entry(String userId, String formId, String posyanduId, String submissionId, String hash) {
    }

    /** The submission first stored under the key, if any; throws the 422 for a key used otherwise. */
    Optional<Stored> replay(Caller caller, String key, String hash) {
        Map<String, Entry> found = find(List.of(key));
        return replay(caller, found.get(key), hash);
    }

    /** The answer to a key whose row is {@code entry} ({@code null}: not seen before). */
    Optional<Stored> replay(Caller caller, Entry entry, String hash) {
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.userId().equals(caller.userId()) || !entry.hash().equals(hash)) {
            throw IdempotencyLedger.reused();
        }
        FormDefinition form = rules.requireForm(entry.formId()); // a gone module's form: 404, its data is kept
        return rules.read(form, entry.posyanduId(), entry.submissionId()).map(s -> new Stored(s, false));
    }

    /**
     * The rows of the keys seen before, by key: one query per {@value #CHUNK} keys (a batch asks once, not once per
     * item; the list is padded to a fixed length so the database reuses one prepared statement).
     */
    Map<String, Entry> find(Collection<String> keys) {
        Map<String, Entry> found = new HashMap<>();
        List<String> all = new ArrayList<>(new LinkedHashSet<>(keys));
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                int size = chunk.size() == 1 ? 1 : CHUNK;
                try (PreparedStatement ps = c.prepareStatement(FIND + String.join(", ", Collections.nCopies(size, "?"))
                        + ")")) {
                    for (int i = 0; i < size; i++) {
                        ps.setString(i + 1, chunk.get(Math.min(i, chunk.size() - 1)));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString(1), new Entry(rs.getString(2), rs.getString(3), rs.getString(4),
                                    rs.getString(5), rs.getString(6)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** Adds the ledger row of a submission to the batch of {@code ps} (a statement of {@link IdempotencyLedger#INSERT}). */
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
