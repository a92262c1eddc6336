package org.posyandu.core.internal.periode;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.error.ApiException;
import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Scope;
import org.posyandu.api.spm.PeriodLockedException;
import org.posyandu.api.spm.PeriodGuard;
import org.posyandu.api.spm.PeriodeEvent;
import org.posyandu.api.spm.PeriodeState;
import org.posyandu.api.spm.PeriodeStatus;

/**
 * The check before every write of monthly data: a locked month refuses it; a verified month takes it and goes back
 * to {@code terbuka}, so what the desa verified is never silently changed (the DOMAIN rhythm: a correction after
 * verification goes through it again).
 */
@Component(service = PeriodGuard.class)
public final class PeriodLocksImpl implements PeriodGuard {
    /** The name a step taken by the platform itself carries in the history. */
    static final String SISTEM = "sistem";

    private final PeriodeStore store;
    private final PosyanduService posyandu;

    @Activate
    public PeriodLocksImpl(@Reference PeriodeStore store, @Reference PosyanduService posyandu) {
        this.store = store;
        this.posyandu = posyandu;
    }

    @Override
    public void requireOpen(Caller caller, String posyanduId, YearMonth bulan) {
        requireOpen(posyanduId, bulan);
    }

    /**
     * Refuses with {@link PeriodLockedException} (409) if the month is locked for the Posyandu. A month already
     * verified goes back to {@code terbuka} (its data changes, so it needs verifying again), recorded in its history.
     */
    void requireOpen(String posyanduId, YearMonth periode) {
        Optional<Posyandu> p = posyandu.find(Scope.all(), posyanduId);
        if (p.isEmpty()) {
            return; // the caller answers 404 for an unknown Posyandu
        }
        requireOpen(p.get(), periode);
    }

    @Override
    public void requireOpen(Caller caller, Posyandu p, YearMonth bulan) {
        requireOpen(p, bulan);
    }

    /** {@link #requireOpen(String, YearMonth)} for a Posyandu already read. */
    void requireOpen(Posyandu p, YearMonth periode) {
        String posyanduId = p.id();
        Optional<PeriodeStore.Row> row = store.row(posyanduId, periode);
        PeriodeState state = store.state(posyanduId, p.desaKode(), periode, row);
        if (state.isLocked()) {
            throw new PeriodLockedException(posyanduId, periode.toString());
        }
        if (row.isPresent() && row.get().status() == PeriodeStatus.DIVERIFIKASI) {
            String alasan = "Data diubah setelah diverifikasi; perlu diverifikasi lagi.";
            try {
                store.transition(posyanduId, periode, PeriodeStatus.DIVERIFIKASI,
                        new PeriodeStore.Row(PeriodeStatus.TERBUKA, row.get().dibukaKembali(), alasan, store.now(), SISTEM),
                        new PeriodeEvent(0, store.now(), posyanduId, periode.toString(), "ubah",
                                PeriodeStatus.DIVERIFIKASI.jsonName(), PeriodeStatus.TERBUKA.jsonName(), alasan, SISTEM,
                                null), List.of());
            } catch (ApiException raced) {
                // another write or step moved it first: the month is no longer "verified as is" either way
            }
        }
    }

    /** The status of a Posyandu's month, no scope check (404 for an unknown Posyandu). */
    PeriodeStatus status(String posyanduId, YearMonth periode) {
        Posyandu p = posyandu.find(Scope.all(), posyanduId).orElseThrow(
                () -> new org.posyandu.api.error.NotFoundException("Posyandu", "Posyandu", posyanduId));
        return PeriodeStatus.ofJsonName(store.state(posyanduId, p.desaKode(), periode, store.row(posyanduId, periode)).status());
    }
}
