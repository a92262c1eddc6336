package org.posyandu.core.internal.spm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import javax.sql.DataSource;

import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.Caller;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.core.internal.db.IdempotencyLedger;
import org.posyandu.core.internal.db.PosyanduChanges;
import org.posyandu.core.internal.security.AuditLines;

/**
 * Writes checked submissions in one JDBC transaction: the decisive re-checks (module enabled, month open), each
 * submission's ledger row and typed row, the recomputation of what later submissions of the resident derived, life
 * events, the Posyandu change log, and each submission's audit line; then one durable commit. All or nothing: a
 * failure anywhere rolls back the rows and their audit lines together.
 */
final class SubmissionStore {
    private final DataSource dataSource;
    private final ModuleRegistry registry;
    private final Rederivation rederivation;

    SubmissionStore(DataSource dataSource, ModuleRegistry registry, Rederivation rederivation) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.rederivation = rederivation;
    }

    /** Stores the submissions with one commit, each with the audit line {@code line} makes for it. */
    void store(List<PreparedSubmission> prepared, Caller caller, Function<PreparedSubmission, AuditEntry> line)
            throws SQLException {
        if (prepared.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                write(c, prepared, caller);
                AuditLines.append(c, prepared.stream().map(line).toList());
                // a late (back-dated) entry changes what the resident's later submissions derived; it reads the
                // resident and the Posyandu through their services (other connections), so it runs before this
                // transaction locks the resident's row (life events)
                Set<String> touched = new TreeSet<>();
                for (PreparedSubmission p : prepared) {
                    touched.addAll(rederivation.following(c, p.form, p.submission.wargaId(), p.submission.tanggal(),
                            p.submission.id()));
                }
                SubmissionLifeEvents.record(c, registry, prepared.stream().map(p -> p.submission).toList());
                prepared.stream().flatMap(p -> p.touches.stream()).filter(Objects::nonNull).forEach(touched::add);
                PosyanduChanges.touch(c, touched);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private void write(Connection c, List<PreparedSubmission> prepared, Caller caller) throws SQLException {
        WriteRecheck.requireAllowed(c, registry, prepared.stream().map(p -> p.submission).toList());
        Map<String, PreparedStatement> rows = new HashMap<>();
        try (PreparedStatement ledger = c.prepareStatement(IdempotencyLedger.INSERT)) {
            for (PreparedSubmission p : prepared) {
                SubmissionLedger.add(ledger, p, caller);
                PreparedStatement ps = rows.get(p.form.id());
                if (ps == null) {
                    ps = c.prepareStatement(SubmissionRows.insertSql(p.form));
                    rows.put(p.form.id(), ps);
                }
                SubmissionRows.add(ps, p.form, p.submission);
            }
            ledger.executeBatch();
            for (PreparedStatement ps : rows.values()) {
                ps.executeBatch();
            }
        } finally {
            for (PreparedStatement ps : rows.values()) {
                ps.close();
            }
        }
    }
}
