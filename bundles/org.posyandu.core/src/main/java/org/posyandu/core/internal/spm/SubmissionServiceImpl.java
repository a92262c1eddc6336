package org.posyandu.core.internal.spm;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ValidationException;
import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Scope;
import org.posyandu.api.spm.ActivationService;
import org.posyandu.api.spm.FieldDefinition;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.FormView;
import org.posyandu.api.spm.MenuDefinition;
import org.posyandu.api.spm.ModuleDescriptor;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.api.spm.PeriodGuard;
import org.posyandu.api.spm.SpmModule;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.spm.SubmissionInput;
import org.posyandu.api.spm.SubmissionService;
import org.posyandu.api.warga.WargaService;
import org.posyandu.core.internal.db.CoreSchema;
import org.posyandu.core.internal.db.Fields;
import org.posyandu.core.internal.db.IdempotencyLedger;
import org.posyandu.core.internal.db.PosyanduChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forms and idempotent submissions. A submission is one JDBC transaction: its row in the idempotency ledger
 * ({@code spm_submission_key}, primary key = the phone's key) and its typed row in the module's table commit
 * together, so an acknowledged submission is durable and a retried one is found by its key and answered
 * as first stored.
 */
@Component(service = SubmissionService.class)
public final class SubmissionServiceImpl implements SubmissionService {
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionServiceImpl.class);

    private final DataSource dataSource;
    private final ModuleRegistry registry;
    private final ActivationService activation;
    private final SubmissionRules rules;
    private final Rederivation rederivation;
    private final PeriodGuard periods;

    @Activate
    public SubmissionServiceImpl(@Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource,
            @Reference ModuleRegistry registry, @Reference ActivationService activation,
            @Reference PosyanduService posyandu, @Reference WargaService warga,
            @Reference PeriodGuard periods, @Reference CoreSchema schema) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.activation = activation;
        this.rules = new SubmissionRules(dataSource, registry, posyandu, warga);
        this.rederivation = new Rederivation(registry, posyandu, warga);
        this.periods = periods;
    }

    @Override
    public List<FormView> forms(Scope scope, String posyanduId) {
        Posyandu p = rules.requirePosyandu(scope, posyanduId);
        String kab = kabupatenOf(p);
        List<FormView> result = new ArrayList<>();
        for (ModuleDescriptor m : registry.serving()) {
            for (MenuDefinition menu : m.menus()) {
                if (activation.isEnabled(kab, m.id(), menu.id())) {
                    SpmModule module = registry.module(m.id()).orElse(null);
                    for (FormDefinition f : menu.forms()) {
                        result.add(new FormView(f.id(), m.id(), menu.id(), f.version(), f.title(), f.titleEn(),
                                f.subject(), EligibilityCheck.schema(module, f)));
                    }
                }
            }
        }
        return result;
    }

    @Override
    public Stored submit(Caller caller, String posyanduId, String formId, String key, SubmissionInput input) {
        Prepared p = prepare(caller, posyanduId, formId, key, input, List.of(), new Seen());
        if (p.replay != null) {
            return p.replay;
        }
        try {
            store(List.of(p), caller);
            return new Stored(p.submission, true);
        } catch (SQLException e) {
            return afterUniqueViolation(caller, p, e);
        }
    }

    /**
     * A batch in one transaction: every item is checked on its own (its own key, its own result), and the items
     * that pass are stored with a single commit. If that commit fails (a key raced in from another request, or the
     * database refuses one item's row), the batch falls back to storing its items one by one, each answered on its
     * own: stored, replayed, or its own failure. Whatever happens to one item, the others get their answer.
     */
    @Override
    public List<Outcome> submitAll(Caller caller, List<BatchItem> items) {
        Outcome[] outcomes = new Outcome[items.size()];
        List<Prepared> pending = new ArrayList<>();
        Map<String, Integer> firstByKey = new java.util.HashMap<>();
        int[] sameAs = new int[items.size()];
        java.util.Arrays.fill(sameAs, -1);
        Seen seen = new Seen();
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            try {
                // the items accepted before this one are part of its history (one weighing a month, N/T)
                List<Submission> acceptedBefore = pending.stream().map(x -> x.submission).toList();
                Prepared p = prepare(caller, item.posyanduId(), item.formId(), item.idempotencyKey(), item.input(),
                        acceptedBefore, seen);
                if (p.replay != null) {
                    outcomes[i] = new Outcome(p.replay, null);
                    continue;
                }
                Integer first = firstByKey.putIfAbsent(p.key, i);
                if (first != null) {
                    Prepared earlier = pending.stream().filter(x -> x.key.equals(p.key)).findFirst().orElseThrow();
                    if (!earlier.hash.equals(p.hash)) {
                        throw reused();
                    }
                    sameAs[i] = first;
                    continue;
                }
                p.index = i;
                pending.add(p);
            } catch (org.posyandu.api.error.ApiException e) {
                outcomes[i] = new Outcome(null, e);
            }
        }
        try {
            store(pending, caller);
            pending.forEach(p -> outcomes[p.index] = new Outcome(new Stored(p.submission, true), null));
        } catch (SQLException | RuntimeException e) {
            // a key that raced in meanwhile, or one row the database refuses: each item on its own, so the
            // others are still stored
            LOG.debug("batch of {} submissions not stored at once ({}); storing them one by one", pending.size(),
                    e.toString());
            pending.forEach(p -> outcomes[p.index] = storeAlone(caller, p));
        }
        for (int i = 0; i < sameAs.length; i++) {
            if (sameAs[i] >= 0) {
                Outcome first = outcomes[sameAs[i]];
                outcomes[i] = first.stored() == null ? first : new Outcome(new Stored(first.stored().submission(), false), null);
            }
        }
        return List.of(outcomes);
    }

    /** One item of a batch stored in a transaction of its own: stored, a replay, or its own failure. */
    private Outcome storeAlone(Caller caller, Prepared p) {
        try {
            store(List.of(p), caller);
            return new Outcome(new Stored(p.submission, true), null);
        } catch (SQLException e) {
            if (!Fields.isUniqueViolation(e)) {
                return new Outcome(null, InternalFailure.logged(LOG, "storing submission " + p.key + " failed", e));
            }
            try {
                return new Outcome(afterUniqueViolation(caller, p, e), null);
            } catch (org.posyandu.api.error.ApiException refused) {
                return new Outcome(null, refused);
            }
        } catch (org.posyandu.api.error.ApiException refused) {
            return new Outcome(null, refused); // refused inside its transaction: disabled or locked meanwhile
        } catch (RuntimeException e) {
            return new Outcome(null, InternalFailure.logged(LOG, "storing submission " + p.key + " failed", e));
        }
    }

    private Stored afterUniqueViolation(Caller caller, Prepared p, SQLException e) {
        if (Fields.isUniqueViolation(e)) {
            // the same key raced in from another request: answer what that one stored
            return replay(caller, p.key, p.hash).orElseThrow(() -> new IllegalStateException(e));
        }
        throw new IllegalStateException("storing a submission failed", e);
    }

    /** A submission checked and ready to store, or the answer to a replay. */
    private static final class Prepared {
        final String key;
        final String hash;
        final FormDefinition form;
        final Submission submission;
        final Stored replay;
        /** The Posyandu whose figures the submission changes: where it was made and the resident's own. */
        final List<String> touches;
        int index;

        Prepared(String key, String hash, FormDefinition form, Submission submission, Stored replay,
                List<String> touches) {
            this.key = key;
            this.hash = hash;
            this.form = form;
            this.submission = submission;
            this.replay = replay;
            this.touches = touches;
        }
    }

    /**
     * The Posyandu and residents one request has read, so a batch reads each once (every read of a Posyandu row
     * waits for the writers holding its change counter until they commit). Only what was found is kept.
     */
    static final class Seen {
        final Map<String, Posyandu> posyandu = new java.util.HashMap<>();
        final Map<String, org.posyandu.api.warga.Warga> warga = new java.util.HashMap<>();
        /** Posyandu id + month found open (a verified month reopened by the first write). */
        final java.util.Set<String> openMonths = new java.util.HashSet<>();
    }

    private Prepared prepare(Caller caller, String posyanduId, String formId, String key, SubmissionInput input,
            List<Submission> earlierInBatch, Seen seen) {
        String idemKey = idempotencyKey(key);
        Fields.requireBody(input);
        Posyandu p = posyanduId == null ? rules.requirePosyandu(caller.scope(), posyanduId)
                : seen.posyandu.computeIfAbsent(posyanduId, id -> rules.requirePosyandu(caller.scope(), id));
        String hash = SubmissionHash.of(posyanduId, formId, input);
        // a retry is answered as first stored, even if the module was disabled since
        Optional<Stored> replay = replay(caller, idemKey, hash);
        if (replay.isPresent()) {
            return new Prepared(idemKey, hash, null, null, replay.get(), List.of());
        }
        FormDefinition form = rules.requireForm(formId);
        SpmModule module = rules.moduleOf(form);
        ModuleDescriptor d = module.descriptor();
        MenuDefinition menu = d.menuOf(formId).orElseThrow();
        String kab = kabupatenOf(p);
        if (!activation.isEnabled(kab, d.id(), menu.id())) {
            throw ActivationRows.notEnabled(d.id(), menu.id(), kab);
        }
        SubmissionRules.Valid v = rules.validate(caller.scope(), p, form, module, input, earlierInBatch, null,
                seen.warga);
        YearMonth bulan = YearMonth.from(input.tanggal());
        if (!seen.openMonths.contains(posyanduId + " " + bulan)) {
            if (periods instanceof org.posyandu.core.internal.periode.PeriodLocksImpl locks) {
                locks.requireOpen(p, bulan); // the Posyandu as read above, not read again
            } else {
                periods.requireOpen(caller, posyanduId, bulan);
            }
            seen.openMonths.add(posyanduId + " " + bulan);
        }
        Map<String, Object> values = SubmissionRules.withDerived(form, module, v.values(), v.context());
        Submission s = new Submission(UUID.randomUUID().toString(), formId, form.version(), posyanduId,
                v.warga() == null ? null : v.warga().id(), input.tanggal(), input.tanggal().toString().substring(0, 7),
                values, Instant.now(), caller.username());
        return new Prepared(idemKey, hash, form, s, null,
                java.util.Arrays.asList(posyanduId, v.warga() == null ? null : v.warga().posyanduId()));
    }

    /** The phone's key of a write, checked (required, a UUID) and in its stored form. */
    static String idempotencyKey(String key) {
        return IdempotencyLedger.key(key);
    }

    static ValidationException reused() {
        return IdempotencyLedger.reused();
    }

    /**
     * Stores prepared submissions (ledger row + typed row each) with one commit, raising the change counters of the
     * Posyandu they touch in the same transaction.
     */
    private void store(List<Prepared> prepared, Caller caller) throws SQLException {
        if (prepared.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ledger = c.prepareStatement("INSERT INTO spm_submission_key (idempotency_key, "
                    + "user_id, form_id, posyandu_id, submission_id, content_hash, dibuat) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                Map<String, PreparedStatement> rows = new java.util.HashMap<>();
                try {
                    WriteRecheck.requireAllowed(c, registry, prepared.stream().map(p -> p.submission).toList());
                    for (Prepared p : prepared) {
                        Submission s = p.submission;
                        ledger.setString(1, p.key);
                        ledger.setString(2, caller.userId());
                        ledger.setString(3, s.formId());
                        ledger.setString(4, s.posyanduId());
                        ledger.setString(5, s.id());
                        ledger.setString(6, p.hash);
                        ledger.setTimestamp(7, Timestamp.from(s.dibuat()));
                        ledger.addBatch();
                        PreparedStatement ps = rows.get(p.form.id());
                        if (ps == null) {
                            ps = c.prepareStatement(SubmissionRows.insertSql(p.form));
                            rows.put(p.form.id(), ps);
                        }
                        ps.setString(1, s.id());
                        ps.setString(2, s.posyanduId());
                        ps.setString(3, s.wargaId());
                        ps.setDate(4, Date.valueOf(s.tanggal()));
                        ps.setString(5, s.periode());
                        ps.setInt(6, s.formVersi());
                        ps.setTimestamp(7, Timestamp.from(s.dibuat()));
                        ps.setString(8, s.dibuatOleh());
                        int i = 9;
                        for (FieldDefinition f : p.form.fields()) {
                            SubmissionRows.bind(ps, i++, f, s.data().get(f.name()));
                        }
                        ps.addBatch();
                    }
                    ledger.executeBatch();
                    for (PreparedStatement ps : rows.values()) {
                        ps.executeBatch();
                    }
                    // a late (back-dated) entry changes what the resident's later submissions derived; it reads the
                    // resident and the Posyandu through their services (other connections), so it runs before this
                    // transaction locks their rows (life events, change counters)
                    java.util.Set<String> touched = new java.util.TreeSet<>();
                    for (Prepared p : prepared) {
                        touched.addAll(rederivation.following(c, p.form, p.submission.wargaId(),
                                p.submission.tanggal(), p.submission.id()));
                    }
                    SubmissionLifeEvents.record(c, registry, prepared.stream().map(p -> p.submission).toList());
                    prepared.stream().flatMap(p -> p.touches.stream()).filter(java.util.Objects::nonNull)
                            .forEach(touched::add);
                    PosyanduChanges.touch(c, touched);
                    c.commit();
                } finally {
                    for (PreparedStatement ps : rows.values()) {
                        ps.close();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private Optional<Stored> replay(Caller caller, String key, String hash) {
        String formId;
        String posyanduId;
        String submissionId;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT user_id, form_id, posyandu_id, submission_id, "
                        + "content_hash FROM spm_submission_key WHERE idempotency_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                if (!rs.getString(1).equals(caller.userId()) || !rs.getString(5).equals(hash)) {
                    throw reused();
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

    @Override
    public List<Submission> list(Scope scope, String posyanduId, String formId, String periode, int offset, int limit) {
        rules.requirePosyandu(scope, posyanduId);
        FormDefinition form = rules.requireForm(formId);
        if (periode != null && !periode.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw ValidationException.of(new FieldError("periode", "format", "Periode dalam format YYYY-MM.",
                    "Period as YYYY-MM."));
        }
        String sql = "SELECT * FROM " + form.table() + " WHERE posyandu_id = ?" + (periode == null ? "" : " AND periode = ?")
                + " ORDER BY dibuat DESC OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY";
        List<Submission> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, posyanduId);
            if (periode != null) {
                ps.setString(2, periode);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(SubmissionRows.read(form, rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    @Override
    public Optional<Submission> find(Scope scope, String posyanduId, String formId, String id) {
        rules.requirePosyandu(scope, posyanduId);
        FormDefinition form = rules.requireForm(formId);
        return Fields.isId(id) ? rules.read(form, posyanduId, id) : Optional.empty();
    }

    private static String kabupatenOf(Posyandu p) {
        return p.desaKode().substring(0, 5);
    }
}
