package org.posyandu.api.spm;

import java.time.YearMonth;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.posyandu.api.security.Caller;

/**
 * Verification and locking of a Posyandu's monthly data along the hierarchy. Every step is audited and kept in
 * the month's history. A Posyandu outside the caller's scope is not found (404); a step the caller's role may not
 * take is 403; a step the state does not allow is 409 naming {@code status}.
 */
@ProviderType
public interface PeriodeService {

    PeriodeState state(Caller caller, String posyanduId, YearMonth periode);

    /** Oldest first. */
    List<PeriodeEvent> history(Caller caller, String posyanduId, YearMonth periode);

    /** Desa admin (or above, in scope): terbuka or dikembalikan → diverifikasi. */
    PeriodeState verify(Caller caller, String posyanduId, YearMonth periode);

    /** Desa admin (or above): terbuka or diverifikasi → dikembalikan, with a reason the kader sees. */
    PeriodeState sendBack(Caller caller, String posyanduId, YearMonth periode, String alasan);

    /** Kabupaten admin (or above): → dikunci; before the deadline only a verified month. */
    PeriodeState lock(Caller caller, String posyanduId, YearMonth periode, String alasan);

    /** Kabupaten admin (or above): dikunci → terbuka, with a reason; the automatic lock no longer applies. */
    PeriodeState reopen(Caller caller, String posyanduId, YearMonth periode, String alasan);

    /**
     * Kabupaten admin: locks the month for every active Posyandu of the kabupaten; before the deadline only when
     * every one of them is verified. Answers the queue after the lock.
     */
    VerificationQueue lockKabupaten(Caller caller, String kabupatenKode, YearMonth periode, String alasan);

    /** The Posyandu of {@code wilayah} (default: the caller's own area) for the month, ordered by desa and name. */
    VerificationQueue queue(Caller caller, String wilayah, YearMonth periode, int offset, int limit);

    PeriodeBatas batas(Caller caller, String kabupatenKode);

    /** Kabupaten admin of that kabupaten (or above); a {@code null} value keeps the current one. */
    PeriodeBatas setBatas(Caller caller, String kabupatenKode, Integer hari, Boolean kunciOtomatis);
}
