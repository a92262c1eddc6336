package org.posyandu.anthro;

import java.util.ArrayList;
import java.util.List;

/** Turns a {@link Measurement} into an {@link Assessment} by WHO's rules. */
public final class Anthropometry {
    private static final double NINE_MONTHS_DAYS = 9 * GrowthStandards.DAYS_PER_MONTH;

    private Anthropometry() {
    }

    /**
     * @throws IllegalArgumentException if measured before birth, or a measurement is not a positive number
     */
    public static Assessment assess(Measurement in) {
        int ageDays = GrowthStandards.ageDays(in.birthDate(), in.measuredOn());
        if (ageDays < 0) {
            throw new IllegalArgumentException("measuredOn is before birthDate");
        }
        requirePositive("weightKg", in.weightKg());
        requirePositive("lengthCm", in.lengthCm());
        requirePositive("headCircumferenceCm", in.headCircumferenceCm());
        double months = GrowthStandards.ageMonths(ageDays);
        List<String> flags = new ArrayList<>();
        if (ageDays > GrowthStandards.LAST_AGE_DAYS) {
            flags.add("age_60_months_or_more");
            return new Assessment(ageDays, round(months), null, null, null, null, null, null, null,
                    Classification.of(null, null, null, null), flags);
        }
        GrowthStandards who = GrowthStandards.who2006();
        Double length = adjustedLength(in, ageDays, flags);
        Double bmi = length != null && in.weightKg() != null ? in.weightKg() / Math.pow(length / 100, 2) : null;
        boolean weightBased = in.weightKg() != null && !in.oedema();
        if (in.oedema()) {
            flags.add("oedema");
        }
        Double wfa = weightBased ? z(who.weightForAge(in.sex(), ageDays, in.weightKg())) : null;
        Double lhfa = length != null ? z(who.lengthHeightForAge(in.sex(), ageDays, length)) : null;
        Double wflh = weightBased && length != null ? z(ageDays < GrowthStandards.HEIGHT_FROM_DAYS
                ? who.weightForLength(in.sex(), length, in.weightKg())
                : who.weightForHeight(in.sex(), length, in.weightKg())) : null;
        Double bfa = weightBased && bmi != null ? z(who.bmiForAge(in.sex(), ageDays, bmi)) : null;
        Double hcfa = in.headCircumferenceCm() != null
                ? z(who.headCircumferenceForAge(in.sex(), ageDays, in.headCircumferenceCm())) : null;
        if (wfa != null && (wfa < -6 || wfa > 5)) {
            flags.add("wfa_implausible");
        }
        if (lhfa != null && Math.abs(lhfa) > 6) {
            flags.add("lhfa_implausible");
        }
        if (wflh != null && Math.abs(wflh) > 5) {
            flags.add("wflh_implausible");
        }
        if (bfa != null && Math.abs(bfa) > 5) {
            flags.add("bfa_implausible");
        }
        if (hcfa != null && Math.abs(hcfa) > 5) {
            flags.add("hcfa_implausible");
        }
        return new Assessment(ageDays, round(months), length == null ? null : round(length),
                bmi == null ? null : round(bmi), wfa, lhfa, wflh, bfa, hcfa,
                Classification.of(wfa, lhfa, wflh, bfa), flags);
    }

    /** The length/height converted to the position expected at this age (WHO: ±0.7 cm at 24 months). */
    static Double adjustedLength(Measurement in, int ageDays, List<String> flags) {
        if (in.lengthCm() == null) {
            return null;
        }
        boolean underTwo = ageDays < GrowthStandards.HEIGHT_FROM_DAYS;
        Position p = in.position();
        if (p == Position.STANDING && ageDays < NINE_MONTHS_DAYS) {
            flags.add("standing_under_9_months"); // implausible: WHO treats the position as unknown
            p = null;
        }
        if (underTwo && p == Position.STANDING) {
            return in.lengthCm() + GrowthStandards.LENGTH_HEIGHT_DIFFERENCE_CM;
        }
        if (!underTwo && p == Position.RECUMBENT) {
            return in.lengthCm() - GrowthStandards.LENGTH_HEIGHT_DIFFERENCE_CM;
        }
        return in.lengthCm();
    }

    private static Double z(double z) {
        return Double.isNaN(z) ? null : round(z);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void requirePositive(String name, Double v) {
        if (v != null && !(v > 0)) {
            throw new IllegalArgumentException(name + " must be a positive number");
        }
    }
}
