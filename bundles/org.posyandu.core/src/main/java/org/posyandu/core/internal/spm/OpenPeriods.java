package org.posyandu.core.internal.spm;

import java.time.YearMonth;

import org.osgi.service.component.annotations.Component;
import org.posyandu.api.security.Caller;
import org.posyandu.api.spm.PeriodGuard;

/**
 * The guard while no month can be locked: every month is open. The lowest ranking, so a lock service's
 * {@link PeriodGuard} takes its place as soon as it is registered.
 */
@Component(service = PeriodGuard.class, property = "service.ranking:Integer=-2147483648")
public final class OpenPeriods implements PeriodGuard {

    @Override
    public void requireOpen(Caller caller, String posyanduId, YearMonth bulan) {
        // open: months are not locked yet
    }
}
