package org.posyandu.core.internal.spm;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.Caller;
import org.posyandu.api.spm.SubmissionVersion;
import org.posyandu.core.internal.security.AuditLines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit lines of submission writes, as the trail showed them when the REST layer wrote them (action, object,
 * wilayah, HTTP outcome, detail). A stored write's line is appended in the write's own transaction
 * ({@link AuditLines}); a replay writes nothing, so its line is recorded in a transaction of its own.
 */
final class SubmissionAudit {
    static final String OBJECT = "submission";
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionAudit.class);

    private SubmissionAudit() {
    }

    /** {@code POST .../submissions}: 201, the Posyandu's desa, the form. */
    static AuditEntry created(Caller caller, PreparedSubmission p) {
        return AuditEntry.of(caller, "CREATE", OBJECT, p.submission.id(), p.desaKode, 201, p.submission.formId());
    }

    /** An item of {@code POST /sync}: 201, the caller's wilayah, {@code sync <form>}. */
    static AuditEntry synced(Caller caller, PreparedSubmission p) {
        return AuditEntry.of(caller, "CREATE", OBJECT, p.submission.id(), caller.wilayah(), 201,
                "sync " + p.submission.formId());
    }

    /** A correction ({@code UPDATE}, 200) or a void ({@code VOID}, 200) of a submission. */
    static AuditEntry changed(Caller caller, String desaKode, String formId, SubmissionVersion v, boolean replay) {
        String action = SubmissionVersion.DIBATALKAN.equals(v.tindakan()) ? "VOID" : "UPDATE";
        return AuditEntry.of(caller, action, OBJECT, v.submissionId(), desaKode, 200, formId + " v" + v.versi() + " "
                + v.tindakan() + (v.alasan() == null ? "" : ": " + v.alasan()) + (replay ? " (replay)" : ""));
    }

    /** A single submission answered as first stored. */
    static AuditEntry replayed(Caller caller, String submissionId, String desaKode, String formId) {
        return AuditEntry.of(caller, "CREATE", OBJECT, submissionId, desaKode, 201, formId + " (replay)");
    }

    /** Records lines of what wrote nothing (replays) in a transaction of their own; a failure is logged loudly. */
    static void recordAlone(DataSource dataSource, List<AuditEntry> lines) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            AuditLines.append(c, lines);
        } catch (SQLException | RuntimeException e) {
            LOG.error("AUDIT WRITE FAILED for {} line(s) of {}: {}", lines.size(), OBJECT, e.toString());
        }
    }
}
