package org.posyandu.anthro;

import java.util.List;

/**
 * The z-scores of one measuring, rounded to 2 decimals as WHO reports them ({@code null} where WHO computes
 * nothing), the Permenkes 2/2020 classes, and WHO's flags.
 *
 * @param adjustedLengthCm the length/height after the 0.7 cm conversion to the age's position
 * @param wflh             weight-for-length under 731 days, weight-for-height from 731 days
 * @param flags            e.g. {@code wfa_implausible}, {@code standing_under_9_months}, {@code age_60_months_or_more}
 */
public record Assessment(int ageDays, double ageMonths, Double adjustedLengthCm, Double bmi, Double wfa, Double lhfa,
        Double wflh, Double bfa, Double hcfa, Classification status, List<String> flags) {
}
