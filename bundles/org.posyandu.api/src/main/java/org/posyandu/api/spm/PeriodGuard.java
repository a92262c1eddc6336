package org.posyandu.api.spm;

import java.time.YearMonth;

import org.osgi.annotation.versioning.ProviderType;
import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.security.Caller;

/**
 * Whether the data of one Posyandu for one month may still be written. Every new submission, correction and
 * void asks it before writing. The core's guard is the period lock service (verification and locking per Posyandu
 * and month, see docs/verifikasi.md).
 */
@ProviderType
public interface PeriodGuard {

    /**
     * Returns when {@code caller} may write the data of {@code posyanduId} for {@code bulan}; otherwise throws an
     * {@link org.posyandu.api.error.ApiException} (409) naming the lock.
     */
    void requireOpen(Caller caller, String posyanduId, YearMonth bulan);

    /**
     * {@link #requireOpen(Caller, String, YearMonth)} for a Posyandu the caller has already read (the submission
     * path), so a guard that needs the Posyandu does not read it again.
     */
    default void requireOpen(Caller caller, Posyandu posyandu, YearMonth bulan) {
        requireOpen(caller, posyandu.id(), bulan);
    }
}
