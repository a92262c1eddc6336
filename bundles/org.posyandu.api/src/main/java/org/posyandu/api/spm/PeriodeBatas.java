package org.posyandu.api.spm;

import java.time.Instant;

/**
 * A kabupaten's deadline rule for monthly data (the H+5 rhythm).
 *
 * @param hari          day of the following month after which a month may be locked whatever its verification
 *                      (1–28; {@value #DEFAULT_HARI} unless the kabupaten set it)
 * @param kunciOtomatis whether a month locks by itself once that day has passed (DHIS2 "expiry days"); off unless
 *                      the kabupaten turns it on
 * @param diubahOleh    who set it ({@code null} for the default)
 */
public record PeriodeBatas(String kabupatenKode, int hari, boolean kunciOtomatis, Instant diubah, String diubahOleh) {
    public static final int DEFAULT_HARI = 5;
}
