package org.posyandu.api.spm;

import java.time.YearMonth;

import org.osgi.annotation.versioning.ProviderType;
import org.posyandu.api.security.Caller;

/**
 * Whether the data of one Posyandu for one month may still be written. Every correction and void asks it before
 * writing. Until months can be locked, the core's own guard allows everything; a lock service registers a guard
 * with a higher {@code service.ranking} and takes its place.
 */
@ProviderType
public interface PeriodGuard {

    /**
     * Returns when {@code caller} may write the data of {@code posyanduId} for {@code bulan}; otherwise throws an
     * {@link org.posyandu.api.error.ApiException} (409) naming the lock.
     */
    void requireOpen(Caller caller, String posyanduId, YearMonth bulan);
}
