package org.posyandu.core.internal.warga;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.error.Errors;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.NotFoundException;
import org.posyandu.api.error.ValidationException;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Scope;
import org.posyandu.api.util.Sha256;
import org.posyandu.api.warga.JenisPeristiwa;
import org.posyandu.api.warga.Peristiwa;
import org.posyandu.api.warga.PeristiwaInput;
import org.posyandu.api.warga.PeristiwaService;
import org.posyandu.api.warga.Warga;
import org.posyandu.api.warga.WargaService;
import org.posyandu.core.internal.db.CoreSchema;
import org.posyandu.core.internal.db.Fields;
import org.posyandu.core.internal.db.IdempotencyLedger;
import org.posyandu.core.internal.db.PosyanduChanges;
import org.posyandu.core.internal.security.AuditLines;

/**
 * Life events recorded and voided by hand. Each is one transaction: the Posyandu counters (so SKDN and other kept
 * figures are counted again), the event row, and what it changes on the resident's row.
 */
@Component(service = PeristiwaService.class)
public final class PeristiwaServiceImpl implements PeristiwaService {
    private final DataSource dataSource;
    private final WargaService warga;
    private final PosyanduService posyandu;

    @Activate
    public PeristiwaServiceImpl(@Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource,
            @Reference WargaService warga, @Reference PosyanduService posyandu, @Reference CoreSchema schema) {
        this.dataSource = dataSource;
        this.warga = warga;
        this.posyandu = posyandu;
    }

    @Override
    public Recorded catat(Caller caller, String wargaId, String idempotencyKey, PeristiwaInput input) {
        Fields.requireBody(input);
        String key = idempotencyKey == null ? null : IdempotencyLedger.key(idempotencyKey);
        String hash = key == null ? null : hash(wargaId, input);
        // a retry is answered as first recorded, even if the resident has left the caller's Posyandu by that event
        Optional<Recorded> replay = key == null ? Optional.empty() : replay(caller, wargaId, key, hash);
        if (replay.isPresent()) {
            return replay.get();
        }
        Warga w = requireWarga(caller.scope(), wargaId);
        PeristiwaRules.Valid v = PeristiwaRules.validate(w, input,
                id -> posyandu.find(Scope.all(), id).isPresent());
        try {
            return new Recorded(inTransaction(c -> record(c, caller, w, v, key, hash)), true);
        } catch (RuntimeException e) {
            if (key != null && Fields.isUniqueViolation(e)) { // the same key sent twice at once: the first one won
                return replay(caller, wargaId, key, hash).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private static Peristiwa record(Connection c, Caller caller, Warga w, PeristiwaRules.Valid v, String key,
            String hash) throws SQLException {
        PeristiwaStore.State state = PeristiwaStore.state(c, w.id()).orElseThrow(() -> notFound(w.id()));
        Instant now = Instant.now();
        String id = Fields.newId();
        if (key != null) { // first: a concurrent retry with this key waits here, then answers this event
            IdempotencyLedger.record(c, key, caller.userId(), IdempotencyLedger.PERISTIWA,
                    new IdempotencyLedger.Entry(id, state.posyanduId()), hash, now);
        }
        List<String> touched = new ArrayList<>(List.of(state.posyanduId()));
        if (v.tujuan() != null) {
            touched.add(v.tujuan());
        }
        PosyanduChanges.touch(c, touched);
        if (!PeristiwaStore.claimPresent(c, w.id())) {
            throw ValidationException.of(PeristiwaRules.gone(new Warga(w.id(), null, null, w.nama(),
                    w.jenisKelamin(), w.tanggalLahir(), null, null, null, null, null, null, null, null, null, null,
                    null)));
        }
        PeristiwaStore.NewEvent e = new PeristiwaStore.NewEvent(id, w.id(), v.jenis(), v.tanggal(),
                state.posyanduId(), state.masukTanggal(), v.tujuan(), v.keterangan(), null, caller.username(), now);
        PeristiwaStore.insert(c, e);
        if (v.tujuan() != null) {
            PeristiwaStore.place(c, w.id(), v.tujuan(), v.tanggal());
        }
        PeristiwaStore.refresh(c, w.id(), now);
        return audited(c, caller, "CREATE", 201, find(c, w.id(), e.id()), "");
    }

    /** The event an earlier request with this key recorded, for the same user and content. */
    private Optional<Recorded> replay(Caller caller, String wargaId, String key, String hash) {
        return inTransaction(c -> IdempotencyLedger.find(c, key, caller.userId(), IdempotencyLedger.PERISTIWA, hash)
                .map(entry -> {
                    try {
                        return new Recorded(find(c, wargaId, entry.id()), false);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }));
    }

    /** The content a key stands for: the resident and every field as sent, each with its length (no ambiguity). */
    private static String hash(String wargaId, PeristiwaInput in) {
        StringBuilder canonical = new StringBuilder();
        for (Object part : new Object[] { wargaId, in.jenis(), in.tanggal(), in.posyanduTujuan(), in.keterangan() }) {
            String text = String.valueOf(part);
            canonical.append(part == null ? -1 : text.length()).append(':').append(text).append('|');
        }
        return Sha256.hex(canonical.toString());
    }

    @Override
    public Peristiwa batalkan(Caller caller, String wargaId, String peristiwaId, String alasan) {
        String reason = Fields.clean(alasan);
        Errors errors = new Errors();
        if (errors.requireText("alasan", reason, 255) && reason.length() < 5) {
            errors.add("alasan", "minLength", "Tulis alasan pembatalan (paling sedikit 5 huruf).",
                    "Give the reason for voiding (at least 5 characters).");
        }
        errors.throwIfAny();
        return inTransaction(c -> {
            Peristiwa p = Fields.isId(wargaId) && Fields.isId(peristiwaId) ? find(c, wargaId, peristiwaId) : null;
            // the Posyandu of origin or the one serving the resident now may void (a move is seen from both sides)
            if (p == null || (warga.find(caller.scope(), wargaId).isEmpty()
                    && posyandu.find(caller.scope(), p.posyanduAsal()).isEmpty())) {
                throw new NotFoundException("Peristiwa", "Life event", peristiwaId);
            }
            boolean move = JenisPeristiwa.PINDAH.jsonName().equals(p.jenis()) && p.posyanduTujuan() != null;
            if (move && PeristiwaStore.hasLaterStanding(c, p)) {
                throw ValidationException.of(new FieldError("peristiwaId", "peristiwa.adaSesudahnya",
                        "Ada peristiwa lain yang dicatat sesudah kepindahan ini; batalkan yang itu dulu.",
                        "Another event was recorded after this move; void that one first."));
            }
            PosyanduChanges.touch(c, List.of(p.posyanduAsal(), p.posyanduTujuan() == null ? p.posyanduAsal()
                    : p.posyanduTujuan()));
            Instant now = Instant.now();
            if (!PeristiwaStore.voidEvent(c, p.id(), caller.username(), reason, now)) {
                throw ValidationException.of(new FieldError("peristiwaId", "peristiwa.sudahDibatalkan",
                        "Peristiwa ini sudah dibatalkan.", "This event has already been voided."));
            }
            if (move) {
                PeristiwaStore.place(c, wargaId, p.posyanduAsal(), PeristiwaStore.asalSejak(c, p.id()));
            }
            PeristiwaStore.refresh(c, wargaId, now);
            return audited(c, caller, "UPDATE", 200, find(c, wargaId, p.id()), " dibatalkan");
        });
    }

    @Override
    public List<Peristiwa> riwayat(Scope scope, String wargaId) {
        Warga w = requireWarga(scope, wargaId);
        return inTransaction(c -> PeristiwaStore.list(c, w.id()));
    }

    private Warga requireWarga(Scope scope, String wargaId) {
        return warga.find(scope, wargaId).orElseThrow(() -> notFound(wargaId));
    }

    private static Peristiwa find(Connection c, String wargaId, String id) throws SQLException {
        return PeristiwaStore.list(c, wargaId).stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    /** The event's line on its resident's audit trail, in the event's transaction. */
    private static Peristiwa audited(Connection c, Caller caller, String action, int outcome, Peristiwa p,
            String suffix) throws SQLException {
        AuditLines.append(c, List.of(AuditEntry.of(caller, action, "warga", p.wargaId(), caller.wilayah(), outcome,
                "peristiwa " + p.jenis() + " " + p.id() + suffix)));
        return p;
    }

    private static NotFoundException notFound(String wargaId) {
        return new NotFoundException("Warga", "Resident", wargaId);
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("recording a life event failed", e);
        }
    }
}
