package org.posyandu.core.internal.spm;

import java.time.YearMonth;

import org.posyandu.api.security.Caller;
import org.posyandu.api.spm.PeriodGuard;

/** For service tests that are not about period locks: every month is open. */
public final class OpenPeriods implements PeriodGuard {

    @Override
    public void requireOpen(Caller caller, String posyanduId, YearMonth bulan) {
        // every month open
    }
}
