package org.posyandu.anthro;

import java.util.List;

/**
 * The KMS rule for "naik" (N): the minimum weight gain since last month's weighing by the child's age in completed
 * months (Kenaikan Berat Badan Minimal, Permenkes 155/2010 on the KMS, as printed in the Buku KIA): 1 month 800 g,
 * 2 months 900, 3 months 800, 4 months 600, 5 months 500, 6 months 400, 7–10 months 300, 11–60 months 200. Under
 * one month the one-month value applies. One table for the server and, served as data, for the kader app offline.
 */
public final class KmsWeightGain {
    /** Grams by completed month 0–10; from {@link #FIRST_MONTH_OF_LAST_VALUE} on, {@link #LAST_VALUE_GRAMS}. */
    public static final List<Integer> GRAMS_BY_MONTH = List.of(800, 800, 900, 800, 600, 500, 400, 300, 300, 300, 300);
    public static final int FIRST_MONTH_OF_LAST_VALUE = 11;
    public static final int LAST_VALUE_GRAMS = 200;

    private KmsWeightGain() {
    }

    /** The minimum gain in grams for a child of {@code ageMonths} completed months. */
    public static int minimumGrams(long ageMonths) {
        return ageMonths < GRAMS_BY_MONTH.size() ? GRAMS_BY_MONTH.get((int) Math.max(0, ageMonths)) : LAST_VALUE_GRAMS;
    }
}
