package org.posyandu.core.internal.spm;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.error.ConflictException;
import org.posyandu.api.error.Errors;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ForbiddenException;
import org.posyandu.api.error.NotFoundException;
import org.posyandu.api.error.ValidationException;
import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Scope;
import org.posyandu.api.spm.CorrectionService;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.api.spm.PeriodGuard;
import org.posyandu.api.spm.SpmModule;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.spm.SubmissionCorrection;
import org.posyandu.api.spm.SubmissionInput;
import org.posyandu.api.spm.SubmissionVersion;
import org.posyandu.api.spm.SubmissionVoid;
import org.posyandu.api.warga.WargaService;
import org.posyandu.core.internal.db.CoreSchema;
import org.posyandu.core.internal.db.Fields;
import org.posyandu.core.internal.db.IdempotencyLedger;
import org.posyandu.core.internal.db.PosyanduChanges;
import org.posyandu.core.internal.security.AuditLines;

/**
 * Corrections ({@code PUT}) and voids of stored submissions. A change is one transaction: the versions kept
 * (version 1 as first stored, if not kept yet, then the new one), the module's row changed (or, for a void, moved
 * out of the table, so no list or report of any module counts it), the ledger row of its Idempotency-Key, the
 * recomputation of what the resident's later submissions derived, the Posyandu change log, and the audit line
 * ({@code UPDATE} or {@code VOID}); a change answered as first made (a replay) gets its line in a transaction of its
 * own.
 */
@Component(service = CorrectionService.class)
public final class SubmissionCorrections implements CorrectionService {
    static final int MAX_ALASAN = 500;

    private final DataSource dataSource;
    private final SubmissionRules rules;
    private final Rederivation rederivation;
    private final PeriodGuard periods;
    private final ModuleRegistry registry;

    @Activate
    public SubmissionCorrections(@Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource,
            @Reference ModuleRegistry registry, @Reference PosyanduService posyandu, @Reference WargaService warga,
            @Reference PeriodGuard periods, @Reference CoreSchema schema) {
        this.dataSource = dataSource;
        this.rules = new SubmissionRules(dataSource, registry, posyandu, warga);
        this.rederivation = new Rederivation(registry, posyandu, warga);
        this.periods = periods;
        this.registry = registry;
    }

    @Override
    public Changed correct(Caller caller, String posyanduId, String formId, String id, String key,
            SubmissionCorrection body) {
        String idemKey = IdempotencyLedger.key(key);
        Fields.requireBody(body);
        String alasan = reason(body.alasan(), false);
        SubmissionInput input = body.input();
        Posyandu p = rules.requirePosyandu(caller.scope(), posyanduId);
        FormDefinition form = rules.requireForm(formId);
        String hash = SubmissionHash.of(posyanduId, formId + "|" + SubmissionVersion.DIUBAH + "|" + id + "|" + alasan,
                input);
        var replay = CorrectionLedger.replay(dataSource, form, caller, idemKey, hash);
        if (replay.isPresent()) {
            return replayed(caller, p.desaKode(), formId, replay.get());
        }
        Submission current = requireCurrent(caller, form, posyanduId, id);
        if (input.wargaId() != null && !input.wargaId().strip().equals(current.wargaId())) {
            throw ValidationException.of(new FieldError("wargaId", "koreksi.wargaTetap",
                    "Warga kiriman tidak bisa diganti; batalkan kiriman ini lalu kirim untuk warga yang benar.",
                    "The resident of a submission cannot change; void it and submit for the right resident."));
        }
        periods.requireOpen(caller, posyanduId, YearMonth.from(current.tanggal()));
        if (input.tanggal() != null && !YearMonth.from(input.tanggal()).equals(YearMonth.from(current.tanggal()))) {
            periods.requireOpen(caller, posyanduId, YearMonth.from(input.tanggal()));
        }
        SpmModule module = rules.moduleOf(form);
        SubmissionRules.Valid v = rules.validate(caller.scope(), p, form, module,
                new SubmissionInput(current.wargaId(), input.tanggal(), input.data()), List.of(), id);
        Map<String, Object> values = SubmissionRules.withDerived(form, module, v.values(), v.context());
        Submission changed = new Submission(id, formId, form.version(), posyanduId, current.wargaId(), input.tanggal(),
                input.tanggal().toString().substring(0, 7), values, current.dibuat(), current.dibuatOleh());
        LocalDate from = changed.tanggal().isBefore(current.tanggal()) ? changed.tanggal() : current.tanggal();
        return write(caller, p.desaKode(), form, current, idemKey, hash, from, (c, versi) -> {
            WriteRecheck.requireOpen(c, posyanduId, YearMonth.from(changed.tanggal()));
            CorrectionLedger.update(c, form, changed);
            return new SubmissionVersion(id, versi, SubmissionVersion.DIUBAH, changed, alasan, caller.username(),
                    Instant.now());
        });
    }

    @Override
    public Changed voidSubmission(Caller caller, String posyanduId, String formId, String id, String key,
            SubmissionVoid body) {
        String idemKey = IdempotencyLedger.key(key);
        Fields.requireBody(body);
        String alasan = reason(body.alasan(), true);
        Posyandu p = rules.requirePosyandu(caller.scope(), posyanduId);
        FormDefinition form = rules.requireForm(formId);
        String hash = SubmissionHash.of(posyanduId, formId + "|" + SubmissionVersion.DIBATALKAN + "|" + id + "|"
                + alasan, new SubmissionInput(null, null, Map.of()));
        var replay = CorrectionLedger.replay(dataSource, form, caller, idemKey, hash);
        if (replay.isPresent()) {
            return replayed(caller, p.desaKode(), formId, replay.get());
        }
        Submission current = requireCurrent(caller, form, posyanduId, id);
        periods.requireOpen(caller, posyanduId, YearMonth.from(current.tanggal()));
        return write(caller, p.desaKode(), form, current, idemKey, hash, current.tanggal(), (c, versi) -> {
            CorrectionLedger.remove(c, form, current);
            return new SubmissionVersion(id, versi, SubmissionVersion.DIBATALKAN, current, alasan, caller.username(),
                    Instant.now());
        });
    }

    /** The change to the module's row, given the version number it becomes; returns that version. */
    private interface Change {
        SubmissionVersion apply(Connection c, int versi) throws SQLException;
    }

    /** A change answered as first made: nothing written, its audit line in a transaction of its own. */
    private Changed replayed(Caller caller, String desaKode, String formId, SubmissionVersion version) {
        SubmissionAudit.recordAlone(dataSource, List.of(SubmissionAudit.changed(caller, desaKode, formId, version, true)));
        return new Changed(version, false);
    }

    private Changed write(Caller caller, String desaKode, FormDefinition form, Submission current, String key,
            String hash, LocalDate from, Change change) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                WriteRecheck.requireChangeAllowed(c, registry, current, YearMonth.from(current.tanggal()),
                        YearMonth.from(from));
                int latest = SubmissionVersions.latest(c, current.id());
                if (latest == 0) {
                    SubmissionVersions.add(c, form, new SubmissionVersion(current.id(), 1, SubmissionVersion.DIBUAT,
                            current, null, current.dibuatOleh(), current.dibuat()));
                    latest = 1;
                }
                SubmissionVersion version = change.apply(c, latest + 1);
                SubmissionVersions.add(c, form, version);
                CorrectionLedger.record(c, caller, key, hash, version);
                AuditLines.append(c, List.of(SubmissionAudit.changed(caller, desaKode, form.id(), version, false)));
                List<String> touched = new ArrayList<>(Arrays.asList(current.posyanduId()));
                touched.addAll(rederivation.following(c, form, current.wargaId(), from, null));
                // after the rederivation, which reads the resident on another connection: this locks the row
                SubmissionLifeEvents.replace(c, registry, current,
                        SubmissionVersion.DIBATALKAN.equals(version.tindakan()) ? null : version.isi(), caller.username(),
                        version.alasan());
                PosyanduChanges.touch(c, touched);
                c.commit();
                return new Changed(version, true);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            if (Fields.isUniqueViolation(e) || CorrectionLedger.CHANGED_MEANWHILE.equals(e.getSQLState())) {
                // the same key raced in, or another change of this submission came first
                return replayed(caller, desaKode, form.id(), CorrectionLedger.replay(dataSource, form, caller, key,
                        hash).orElseThrow(() -> new ConflictException(new FieldError("id", "koreksi.bersamaan",
                                "Kiriman ini baru saja diubah orang lain; muat ulang lalu ulangi.",
                                "This submission was just changed by someone else; reload and try again."),
                                current.id(), null)));
            }
            throw new IllegalStateException("changing submission " + current.id() + " failed", e);
        }
    }

    /** The submission in force, which the caller may change: its author, or an admin whose scope covers it. */
    private Submission requireCurrent(Caller caller, FormDefinition form, String posyanduId, String id) {
        Submission current = (Fields.isId(id) ? rules.read(form, posyanduId, id) : java.util.Optional.<Submission>empty())
                .orElseThrow(() -> voidedOrMissing(form, posyanduId, id));
        if (!caller.role().isAdmin() && !caller.username().equals(current.dibuatOleh())) {
            throw new ForbiddenException(new FieldError("id", "koreksi.bukanPengirim",
                    "Hanya kader yang mengirim atau admin wilayahnya yang boleh mengubah atau membatalkan kiriman ini.",
                    "Only the kader who submitted it or an admin of its area may correct or void this submission."));
        }
        return current;
    }

    private RuntimeException voidedOrMissing(FormDefinition form, String posyanduId, String id) {
        boolean voided = Fields.isId(id) && history(form, posyanduId, id).stream()
                .anyMatch(v -> v.tindakan().equals(SubmissionVersion.DIBATALKAN));
        return voided ? new ConflictException(new FieldError("id", "koreksi.sudahDibatalkan",
                "Kiriman ini sudah dibatalkan; kirim data baru bila perlu.",
                "This submission was voided; submit new data if needed."), id, null)
                : new NotFoundException("Kiriman", "Submission", id);
    }

    private static String reason(String alasan, boolean required) {
        String text = Fields.clean(alasan);
        Errors errors = new Errors();
        if (required) {
            errors.requireText("alasan", text, MAX_ALASAN);
        } else {
            errors.maxLength("alasan", text, MAX_ALASAN);
        }
        errors.throwIfAny();
        return text;
    }

    @Override
    public List<SubmissionVersion> history(Scope scope, String posyanduId, String formId, String id) {
        rules.requirePosyandu(scope, posyanduId);
        FormDefinition form = rules.requireForm(formId);
        List<SubmissionVersion> kept = Fields.isId(id) ? history(form, posyanduId, id) : List.of();
        if (!kept.isEmpty()) {
            return kept;
        }
        return rules.read(form, posyanduId, id).map(s -> List.of(new SubmissionVersion(id, 1, SubmissionVersion.DIBUAT,
                s, null, s.dibuatOleh(), s.dibuat()))).orElseThrow(() -> new NotFoundException("Kiriman", "Submission", id));
    }

    private List<SubmissionVersion> history(FormDefinition form, String posyanduId, String id) {
        try (Connection c = dataSource.getConnection()) {
            return SubmissionVersions.of(c, form, posyanduId, id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<SubmissionVersion> voided(Scope scope, String posyanduId, String formId, String periode) {
        rules.requirePosyandu(scope, posyanduId);
        FormDefinition form = rules.requireForm(formId);
        try (Connection c = dataSource.getConnection()) {
            return SubmissionVersions.voided(c, form, posyanduId, periode);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
