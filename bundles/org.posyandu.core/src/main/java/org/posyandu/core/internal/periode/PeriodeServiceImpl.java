package org.posyandu.core.internal.periode;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.error.ApiException;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ForbiddenException;
import org.posyandu.api.error.NotFoundException;
import org.posyandu.api.error.ValidationException;
import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.AuditService;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.api.spm.PeriodLockedException;
import org.posyandu.api.spm.PeriodeBatas;
import org.posyandu.api.spm.PeriodeEvent;
import org.posyandu.api.spm.PeriodeService;
import org.posyandu.api.spm.PeriodeState;
import org.posyandu.api.spm.PeriodeStatus;
import org.posyandu.api.spm.VerificationQueue;
import org.posyandu.api.wilayah.WilayahKode;

/**
 * Verification (desa admin and above) and locking (kabupaten admin and above) of a Posyandu's month. Each step is
 * one transition of the stored state with its history line, and one audit entry, refused or not.
 */
@Component(service = PeriodeService.class)
public final class PeriodeServiceImpl implements PeriodeService {
    private final PeriodeStore store;
    private final PosyanduService posyandu;
    private final AuditService audit;
    private final QueueBuilder queues;
    private final BatasRules batasRules;

    @Activate
    public PeriodeServiceImpl(@Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource,
            @Reference PeriodeStore store, @Reference PosyanduService posyandu, @Reference ModuleRegistry registry,
            @Reference AuditService audit) {
        this.store = store;
        this.posyandu = posyandu;
        this.audit = audit;
        this.queues = new QueueBuilder(dataSource, store, posyandu, registry);
        this.batasRules = new BatasRules(store);
    }

    @Override
    public PeriodeState state(Caller caller, String posyanduId, YearMonth periode) {
        Posyandu p = requirePosyandu(caller, posyanduId);
        return store.state(p.id(), p.desaKode(), periode, store.row(p.id(), periode));
    }

    @Override
    public List<PeriodeEvent> history(Caller caller, String posyanduId, YearMonth periode) {
        Posyandu p = requirePosyandu(caller, posyanduId);
        return store.history(p.id(), periode);
    }

    @Override
    public PeriodeState verify(Caller caller, String posyanduId, YearMonth periode) {
        return step(caller, posyanduId, periode, "verifikasi", Role.ADMIN_DESA, null, false, (p, now) -> {
            now.requireUnlocked();
            now.requireNot(PeriodeStatus.DIVERIFIKASI);
            return PeriodeStatus.DIVERIFIKASI;
        });
    }

    @Override
    public PeriodeState sendBack(Caller caller, String posyanduId, YearMonth periode, String alasan) {
        return step(caller, posyanduId, periode, "kembalikan", Role.ADMIN_DESA, alasan, true, (p, now) -> {
            now.requireUnlocked();
            now.requireNot(PeriodeStatus.DIKEMBALIKAN);
            return PeriodeStatus.DIKEMBALIKAN;
        });
    }

    @Override
    public PeriodeState lock(Caller caller, String posyanduId, YearMonth periode, String alasan) {
        return step(caller, posyanduId, periode, "kunci", Role.ADMIN_KABUPATEN, alasan, false, (p, now) -> {
            if (now.stored() == PeriodeStatus.DIKUNCI) {
                throw Texts.wrongStatus(now.state(), "Periode ini sudah dikunci.", "This period is already locked.");
            }
            if (!store.pastDeadline(WilayahKode.kabupatenOf(p.desaKode()), periode)
                    && now.stored() != PeriodeStatus.DIVERIFIKASI) {
                throw Texts.notVerifiedBeforeDeadline(1, now.state().batas());
            }
            return PeriodeStatus.DIKUNCI;
        });
    }

    @Override
    public PeriodeState reopen(Caller caller, String posyanduId, YearMonth periode, String alasan) {
        return step(caller, posyanduId, periode, "buka", Role.ADMIN_KABUPATEN, alasan, true, (p, now) -> {
            if (!now.state().isLocked()) {
                throw Texts.wrongStatus(now.state(), "Hanya periode yang dikunci yang dapat dibuka kembali.",
                        "Only a locked period can be reopened.");
            }
            return PeriodeStatus.TERBUKA;
        });
    }

    @Override
    public VerificationQueue lockKabupaten(Caller caller, String kabupatenKode, YearMonth periode, String alasan) {
        String note = Texts.optional(alasan);
        String objectId = kabupatenKode + "/" + periode;
        return refusalsAudited(caller, "PERIODE_KUNCI", objectId, kabupatenKode, () -> {
            BatasRules.requireKabupaten(caller, kabupatenKode);
            requireRole(caller, Role.ADMIN_KABUPATEN);
            Texts.requirePast(periode, store.today());
            List<QueueBuilder.Entry> all = queues.states(caller, kabupatenKode, periode);
            if (!store.pastDeadline(kabupatenKode, periode)) {
                long open = all.stream().filter(e -> !e.state().isLocked()
                        && !PeriodeStatus.DIVERIFIKASI.jsonName().equals(e.state().status())).count();
                if (open > 0) {
                    throw Texts.notVerifiedBeforeDeadline(open, store.deadline(store.batas().of(kabupatenKode), periode));
                }
            }
            AuditEntry line = AuditEntry.of(caller, "PERIODE_KUNCI", "periode", objectId, kabupatenKode, 200, null);
            List<QueueBuilder.Entry> open = all.stream().filter(e -> store.row(e.posyandu().id(), periode)
                    .map(PeriodeStore.Row::status).orElse(null) != PeriodeStatus.DIKUNCI).toList();
            for (int i = 0; i < open.size(); i++) {
                QueueBuilder.Entry e = open.get(i);
                Optional<PeriodeStore.Row> row = store.row(e.posyandu().id(), periode);
                // the kabupaten's line goes with its last lock (a lock already done by another step: none left)
                List<AuditEntry> lines = i == open.size() - 1 ? List.of(line) : List.of();
                if (row.map(PeriodeStore.Row::status).orElse(null) != PeriodeStatus.DIKUNCI) {
                    transition(caller, e.posyandu().id(), periode, "kunci", note, new Now(e.state(), row),
                            PeriodeStatus.DIKUNCI, lines);
                } else if (!lines.isEmpty()) {
                    audit.record(line);
                }
            }
            if (open.isEmpty()) {
                audit.record(line); // nothing left to lock: the request wrote nothing, its line stands alone
            }
            return queues.build(caller, kabupatenKode, periode, 0, 100);
        });
    }

    @Override
    public VerificationQueue queue(Caller caller, String wilayah, YearMonth periode, int offset, int limit) {
        return queues.build(caller, QueueBuilder.areaOf(caller, wilayah), periode, offset, limit);
    }

    @Override
    public PeriodeBatas batas(Caller caller, String kabupatenKode) {
        return batasRules.read(caller, kabupatenKode);
    }

    @Override
    public PeriodeBatas setBatas(Caller caller, String kabupatenKode, Integer hari, Boolean kunciOtomatis) {
        return refusalsAudited(caller, "PERIODE_BATAS", kabupatenKode, kabupatenKode,
                () -> batasRules.set(caller, kabupatenKode, hari, kunciOtomatis));
    }

    /** A month's state as a step finds it: the state it is in, and the status stored ({@code null}: no row). */
    record Now(PeriodeState state, Optional<PeriodeStore.Row> row) {
        PeriodeStatus stored() {
            return row.map(PeriodeStore.Row::status).orElse(null);
        }

        void requireUnlocked() {
            if (state.isLocked()) {
                throw new PeriodLockedException(state.posyanduId(), state.periode());
            }
        }

        void requireNot(PeriodeStatus status) {
            if (status.jsonName().equals(state.status())) {
                throw Texts.wrongStatus(state, "Periode ini sudah " + status.jsonName() + ".",
                        "This period is already " + status.jsonName() + ".");
            }
        }
    }

    private interface Rule {
        PeriodeStatus next(Posyandu p, Now now);
    }

    private PeriodeState step(Caller caller, String posyanduId, YearMonth periode, String aksi, Role minimum,
            String text, boolean alasanRequired, Rule rule) {
        Posyandu p = requirePosyandu(caller, posyanduId);
        String action = "PERIODE_" + aksi.toUpperCase(java.util.Locale.ROOT);
        String objectId = posyanduId + "/" + periode;
        return refusalsAudited(caller, action, objectId, p.desaKode(), () -> {
                    requireRole(caller, minimum);
                    String alasan = alasanRequired ? requireAlasan(text) : Texts.optional(text);
                    Texts.requirePast(periode, store.today());
                    Optional<PeriodeStore.Row> row = store.row(p.id(), periode);
                    Now now = new Now(store.state(p.id(), p.desaKode(), periode, row), row);
                    transition(caller, p.id(), periode, aksi, alasan, now, rule.next(p, now),
                            List.of(AuditEntry.of(caller, action, "periode", objectId, p.desaKode(), 200, null)));
                    return store.state(p.id(), p.desaKode(), periode, store.row(p.id(), periode));
                });
    }

    private void transition(Caller caller, String posyanduId, YearMonth periode, String aksi, String alasan, Now now,
            PeriodeStatus next, List<AuditEntry> lines) {
        Instant at = store.now();
        boolean reopened = next == PeriodeStatus.TERBUKA && "buka".equals(aksi)
                || next != PeriodeStatus.DIKUNCI && now.row().map(PeriodeStore.Row::dibukaKembali).orElse(false);
        store.transition(posyanduId, periode, now.stored(),
                new PeriodeStore.Row(next, reopened, alasan, at, caller.username()),
                new PeriodeEvent(0, at, posyanduId, periode.toString(), aksi, now.state().status(), next.jsonName(),
                        alasan, caller.username(), caller.role().name()), lines);
    }

    /** Runs a step (whose transaction holds its audit line); a refusal gets a line in a transaction of its own. */
    private <T> T refusalsAudited(Caller caller, String action, String objectId, String wilayah, Supplier<T> work) {
        try {
            return work.get();
        } catch (ApiException e) {
            audit.record(AuditEntry.of(caller, action, "periode", objectId, wilayah, e.status(), e.type()));
            throw e;
        }
    }

    private Posyandu requirePosyandu(Caller caller, String id) {
        return posyandu.find(caller.scope(), id).orElseThrow(() -> new NotFoundException("Posyandu", "Posyandu", id));
    }

    static void requireRole(Caller caller, Role minimum) {
        if (!caller.role().atLeast(minimum)) {
            throw new ForbiddenException("Langkah ini untuk " + minimum + " (atau di atasnya); peran Anda " + caller.role()
                    + ".", "This step is for " + minimum + " (or above); your role is " + caller.role() + ".");
        }
    }

    private static String requireAlasan(String alasan) {
        String text = Texts.optional(alasan);
        if (text == null) {
            throw ValidationException.of(new FieldError("alasan", "required", "Alasan wajib diisi.",
                    "A reason is required."));
        }
        return text;
    }
}
