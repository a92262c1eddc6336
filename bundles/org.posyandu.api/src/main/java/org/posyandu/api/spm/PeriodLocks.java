package org.posyandu.api.spm;

import java.time.YearMonth;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The seam every write of monthly data passes: a submission, a correction or a void of a Posyandu's month calls
 * {@link #requireOpen} before it stores anything.
 */
@ProviderType
public interface PeriodLocks {

    /**
     * Refuses with {@link PeriodLockedException} (409) if the month is locked for the Posyandu. A month already
     * verified goes back to {@code terbuka} (its data changes, so it needs verifying again), recorded in its history.
     */
    void requireOpen(String posyanduId, YearMonth periode);

    /** The status of a Posyandu's month, no scope check (404 for an unknown Posyandu). */
    PeriodeStatus status(String posyanduId, YearMonth periode);
}
