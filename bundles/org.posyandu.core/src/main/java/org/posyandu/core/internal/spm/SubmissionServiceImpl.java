package org.posyandu.core.internal.spm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.error.ApiException;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ValidationException;
import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Scope;
import org.posyandu.api.spm.ActivationService;
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
import org.posyandu.api.wilayah.WilayahKode;
import org.posyandu.core.internal.db.CoreSchema;
import org.posyandu.core.internal.db.Fields;
import org.posyandu.core.internal.db.IdempotencyLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forms and idempotent submissions: the checks of each submission, then {@link SubmissionStore} writes it in one JDBC
 * transaction with its row in the idempotency ledger ({@link SubmissionLedger}), its typed row, its audit line and
 * the Posyandu change log, so an acknowledged submission is durable with its audit line and a retried one is found by
 * its key and answered as first stored.
 */
@Component(service = SubmissionService.class)
public final class SubmissionServiceImpl implements SubmissionService {
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionServiceImpl.class);

    private final DataSource dataSource;
    private final ModuleRegistry registry;
    private final ActivationService activation;
    private final SubmissionRules rules;
    private final SubmissionStore store;
    private final SubmissionLedger ledger;
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
        this.store = new SubmissionStore(dataSource, registry, new Rederivation(registry, posyandu, warga));
        this.ledger = new SubmissionLedger(dataSource, rules);
        this.periods = periods;
    }

    @Override
    public List<FormView> forms(Scope scope, String posyanduId) {
        Posyandu p = rules.requirePosyandu(scope, posyanduId);
        String kab = WilayahKode.kabupatenOf(p.desaKode());
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
        PreparedSubmission p = prepare(caller, posyanduId, formId, key, input, List.of(), new Seen());
        if (p.replay != null) {
            SubmissionAudit.recordAlone(dataSource, List.of(SubmissionAudit.replayed(caller,
                    p.replay.submission().id(), p.desaKode, formId)));
            return p.replay;
        }
        try {
            store.store(List.of(p), caller, x -> SubmissionAudit.created(caller, x));
            return new Stored(p.submission, true);
        } catch (SQLException e) {
            Stored raced = afterUniqueViolation(caller, p, e);
            SubmissionAudit.recordAlone(dataSource, List.of(SubmissionAudit.replayed(caller,
                    raced.submission().id(), p.desaKode, formId)));
            return raced;
        }
    }

    /**
     * A batch in one transaction: every item is checked on its own (its own key, its own result), and the items
     * that pass are stored with a single commit, each with its audit line. If that commit fails (a key raced in from
     * another request, or the database refuses one item's row), the batch falls back to storing its items one by one,
     * each answered on its own: stored, replayed, or its own failure. Whatever happens to one item, the others get
     * their answer. Replays and refusals write nothing and get no line here (the caller records them).
     */
    @Override
    public List<Outcome> submitAll(Caller caller, List<BatchItem> items) {
        Outcome[] outcomes = new Outcome[items.size()];
        List<PreparedSubmission> pending = new ArrayList<>();
        Map<String, Integer> firstByKey = new HashMap<>();
        int[] sameAs = new int[items.size()];
        Arrays.fill(sameAs, -1);
        Seen seen = new Seen();
        seen.ledger = ledger.find(items.stream().map(item -> item.idempotencyKey()).filter(IdempotencyLedger::isKey)
                .map(IdempotencyLedger::key).toList());
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            try {
                // the items accepted before this one are part of its history (one weighing a month, N/T)
                List<Submission> acceptedBefore = pending.stream().map(x -> x.submission).toList();
                PreparedSubmission p = prepare(caller, item.posyanduId(), item.formId(), item.idempotencyKey(),
                        item.input(), acceptedBefore, seen);
                if (p.replay != null) {
                    outcomes[i] = new Outcome(p.replay, null);
                    continue;
                }
                Integer first = firstByKey.putIfAbsent(p.key, i);
                if (first != null) {
                    PreparedSubmission earlier = pending.stream().filter(x -> x.key.equals(p.key)).findFirst()
                            .orElseThrow();
                    if (!earlier.hash.equals(p.hash)) {
                        throw IdempotencyLedger.reused();
                    }
                    sameAs[i] = first;
                    continue;
                }
                p.index = i;
                pending.add(p);
            } catch (ApiException e) {
                outcomes[i] = new Outcome(null, e);
            }
        }
        try {
            store.store(pending, caller, x -> SubmissionAudit.synced(caller, x));
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
    private Outcome storeAlone(Caller caller, PreparedSubmission p) {
        try {
            store.store(List.of(p), caller, x -> SubmissionAudit.synced(caller, x));
            return new Outcome(new Stored(p.submission, true), null);
        } catch (SQLException e) {
            if (!Fields.isUniqueViolation(e)) {
                return new Outcome(null, InternalFailure.logged(LOG, "storing submission " + p.key + " failed", e));
            }
            try {
                return new Outcome(afterUniqueViolation(caller, p, e), null);
            } catch (ApiException refused) {
                return new Outcome(null, refused);
            }
        } catch (ApiException refused) {
            return new Outcome(null, refused); // refused inside its transaction: disabled or locked meanwhile
        } catch (RuntimeException e) {
            return new Outcome(null, InternalFailure.logged(LOG, "storing submission " + p.key + " failed", e));
        }
    }

    private Stored afterUniqueViolation(Caller caller, PreparedSubmission p, SQLException e) {
        if (Fields.isUniqueViolation(e)) {
            // the same key raced in from another request: answer what that one stored
            return ledger.replay(caller, p.key, p.hash).orElseThrow(() -> new IllegalStateException(e));
        }
        throw new IllegalStateException("storing a submission failed", e);
    }

    /**
     * What one request has read, so a batch reads each once: its Posyandu and residents (only what was found), the
     * ledger rows of all its keys (one query), the activations and open months it checked.
     */
    static final class Seen {
        /** The ledger rows of the batch's keys by key; {@code null}: not read ahead (a single submission). */
        Map<String, SubmissionLedger.Entry> ledger;
        /** kabupaten|module|menu: whether enabled. */
        final Map<String, Boolean> enabled = new HashMap<>();
        final Map<String, Posyandu> posyandu = new HashMap<>();
        final Map<String, org.posyandu.api.warga.Warga> warga = new HashMap<>();
        /** Posyandu id + month found open (a verified month reopened by the first write). */
        final java.util.Set<String> openMonths = new java.util.HashSet<>();
    }

    private PreparedSubmission prepare(Caller caller, String posyanduId, String formId, String key,
            SubmissionInput input, List<Submission> earlierInBatch, Seen seen) {
        String idemKey = IdempotencyLedger.key(key);
        Fields.requireBody(input);
        Posyandu p = posyanduId == null ? rules.requirePosyandu(caller.scope(), posyanduId)
                : seen.posyandu.computeIfAbsent(posyanduId, id -> rules.requirePosyandu(caller.scope(), id));
        String hash = SubmissionHash.of(posyanduId, formId, input);
        // a retry is answered as first stored, even if the module was disabled since
        Optional<Stored> replay = seen.ledger == null ? ledger.replay(caller, idemKey, hash)
                : ledger.replay(caller, seen.ledger.get(idemKey), hash);
        if (replay.isPresent()) {
            return PreparedSubmission.replayed(idemKey, hash, replay.get(), p.desaKode());
        }
        FormDefinition form = rules.requireForm(formId);
        SpmModule module = rules.moduleOf(form);
        ModuleDescriptor d = module.descriptor();
        MenuDefinition menu = d.menuOf(formId).orElseThrow();
        String kab = WilayahKode.kabupatenOf(p.desaKode());
        if (!seen.enabled.computeIfAbsent(kab + "|" + d.id() + "|" + menu.id(),
                k -> activation.isEnabled(kab, d.id(), menu.id()))) {
            throw ActivationRows.notEnabled(d.id(), menu.id(), kab);
        }
        SubmissionRules.Valid v = rules.validate(caller.scope(), p, form, module, input, earlierInBatch, null,
                seen.warga);
        YearMonth bulan = YearMonth.from(input.tanggal());
        if (!seen.openMonths.contains(posyanduId + " " + bulan)) {
            periods.requireOpen(caller, p, bulan); // the Posyandu as read above, not read again
            seen.openMonths.add(posyanduId + " " + bulan);
        }
        Map<String, Object> values = SubmissionRules.withDerived(form, module, v.values(), v.context());
        Submission s = new Submission(UUID.randomUUID().toString(), formId, form.version(), posyanduId,
                v.warga() == null ? null : v.warga().id(), input.tanggal(), input.tanggal().toString().substring(0, 7),
                values, Instant.now(), caller.username());
        return new PreparedSubmission(idemKey, hash, form, s, null,
                Arrays.asList(posyanduId, v.warga() == null ? null : v.warga().posyanduId()), p.desaKode());
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
}
