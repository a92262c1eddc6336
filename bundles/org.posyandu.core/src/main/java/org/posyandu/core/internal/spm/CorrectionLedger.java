package org.posyandu.core.internal.spm;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

import javax.sql.DataSource;

import org.posyandu.api.security.Caller;
import org.posyandu.api.spm.FieldDefinition;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.spm.SubmissionVersion;
import org.posyandu.core.internal.db.IdempotencyLedger;

/**
 * The writes of a correction or void besides its version: the Idempotency-Key's ledger row (the same table as new
 * submissions, with the version it produced, so a retry answers that version), the module's row changed in place,
 * or moved out of the module's table when voided (its values stay, in full, in the version kept).
 */
final class CorrectionLedger {
    /** The SQL state of a row changed by another transaction between reading and writing it. */
    static final String CHANGED_MEANWHILE = "40001";

    private CorrectionLedger() {
    }

    /** The version an earlier request with this key produced; a 422 if the key was used for anything else. */
    static Optional<SubmissionVersion> replay(DataSource dataSource, FormDefinition form, Caller caller, String key,
            String hash) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT user_id, content_hash, submission_id, versi "
                        + "FROM spm_submission_key WHERE idempotency_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int versi = rs.getInt(4);
                if (rs.wasNull() || !rs.getString(1).equals(caller.userId()) || !rs.getString(2).equals(hash)) {
                    throw IdempotencyLedger.reused();
                }
                return SubmissionVersions.version(c, form, rs.getString(3), versi);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void record(Connection c, Caller caller, String key, String hash, SubmissionVersion v) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO spm_submission_key (idempotency_key, user_id, "
                + "form_id, posyandu_id, submission_id, content_hash, dibuat, versi) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, caller.userId());
            ps.setString(3, v.isi().formId());
            ps.setString(4, v.isi().posyanduId());
            ps.setString(5, v.submissionId());
            ps.setString(6, hash);
            ps.setTimestamp(7, Timestamp.from(v.pada()));
            ps.setInt(8, v.versi());
            ps.executeUpdate();
        }
    }

    /** The module's row takes the corrected values (its id, author and time of creation stay). */
    static void update(Connection c, FormDefinition form, Submission s) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE " + form.table() + " SET tanggal = ?, periode = ?, form_versi = ?");
        for (FieldDefinition f : form.fields()) {
            sql.append(", ").append(f.column()).append(" = ?");
        }
        try (PreparedStatement ps = c.prepareStatement(sql.append(" WHERE id = ?").toString())) {
            ps.setDate(1, Date.valueOf(s.tanggal()));
            ps.setString(2, s.periode());
            ps.setInt(3, s.formVersi());
            int i = 4;
            for (FieldDefinition f : form.fields()) {
                SubmissionRows.bind(ps, i++, f, s.data().get(f.name()));
            }
            ps.setString(i, s.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("submission " + s.id() + " changed meanwhile", CHANGED_MEANWHILE);
            }
        }
    }

    /**
     * A voided submission leaves the module's table, which holds the submissions in force: every module's lists
     * and reports then leave it out without knowing about voids. Its values were kept first (the version).
     */
    static void remove(Connection c, FormDefinition form, Submission s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + form.table() + " WHERE id = ?")) {
            ps.setString(1, s.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("submission " + s.id() + " changed meanwhile", CHANGED_MEANWHILE);
            }
        }
    }
}
