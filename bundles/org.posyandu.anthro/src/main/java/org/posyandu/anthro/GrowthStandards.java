package org.posyandu.anthro;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Z-scores of the WHO 2006 child growth standards, by the rules WHO's anthro/igrowup apply. Every method answers
 * {@link Double#NaN} where WHO computes nothing (age 60 months or more, a length outside the table). Thread-safe;
 * the tables are loaded once.
 */
public final class GrowthStandards {
    /** Days per month as WHO counts them. */
    public static final double DAYS_PER_MONTH = 30.4375;
    /** The last age in days with a z-score: WHO computes only while age in months is below 60. */
    public static final int LAST_AGE_DAYS = 1826;
    /** From this age (24 months) height is measured standing, and weight-for-height replaces weight-for-length. */
    public static final int HEIGHT_FROM_DAYS = 731;
    /** Standing height is 0.7 cm less than recumbent length (WHO). */
    public static final double LENGTH_HEIGHT_DIFFERENCE_CM = 0.7;

    private static final GrowthStandards WHO_2006 = new GrowthStandards();

    private final LmsTable wfa = LmsTable.load("wfa_lms_days.csv", 1);
    private final LmsTable lhfa = LmsTable.load("lhfa_lms_days.csv", 1);
    private final LmsTable bfa = LmsTable.load("bfa_lms_days.csv", 1);
    private final LmsTable hcfa = LmsTable.load("hcfa_lms_days.csv", 1);
    private final LmsTable wfl = LmsTable.load("wfl_lms_length.csv", 0.1);
    private final LmsTable wfh = LmsTable.load("wfh_lms_height.csv", 0.1);

    private GrowthStandards() {
    }

    public static GrowthStandards who2006() {
        return WHO_2006;
    }

    /** The weight-for-age table (for the growth chart of this package). */
    LmsTable weightForAge() {
        return wfa;
    }

    /** The length/height-for-age table: rows 0–730 are recumbent length, rows from 731 standing height. */
    LmsTable lengthHeightForAge() {
        return lhfa;
    }

    /**
     * The LMS table of an indicator as columns: {@code wfa}, {@code lhfa}, {@code bfa}, {@code hcfa} by age in days,
     * {@code wfl} (45–110 cm) and {@code wfh} (65–120 cm) by 0.1 cm.
     *
     * @throws IllegalArgumentException for another name
     */
    public LmsColumns columns(String name) {
        LmsTable t = switch (name) {
            case "wfa" -> wfa;
            case "lhfa" -> lhfa;
            case "bfa" -> bfa;
            case "hcfa" -> hcfa;
            case "wfl" -> wfl;
            case "wfh" -> wfh;
            default -> throw new IllegalArgumentException("no LMS table " + name);
        };
        return t.columns(name);
    }

    /** Completed days from birth to measurement (calendar days). */
    public static int ageDays(LocalDate birth, LocalDate measured) {
        return Math.toIntExact(ChronoUnit.DAYS.between(birth, measured));
    }

    public static double ageMonths(int ageDays) {
        return ageDays / DAYS_PER_MONTH;
    }

    /** Weight-for-age, restricted LMS. */
    public double weightForAge(Sex sex, int ageDays, double weightKg) {
        return byAge(wfa, sex, ageDays, weightKg, true);
    }

    /** Length/height-for-age, plain LMS, with the length or height already adjusted to the age's position. */
    public double lengthHeightForAge(Sex sex, int ageDays, double adjustedCm) {
        return byAge(lhfa, sex, ageDays, adjustedCm, false);
    }

    /** BMI-for-age, restricted LMS. */
    public double bmiForAge(Sex sex, int ageDays, double bmi) {
        return byAge(bfa, sex, ageDays, bmi, true);
    }

    /** Head circumference-for-age, plain LMS. */
    public double headCircumferenceForAge(Sex sex, int ageDays, double cm) {
        return byAge(hcfa, sex, ageDays, cm, false);
    }

    /** Weight-for-length (45–110 cm), restricted LMS, interpolated between 0.1 cm rows. */
    public double weightForLength(Sex sex, double lengthCm, double weightKg) {
        return byLength(wfl, sex, lengthCm, weightKg);
    }

    /** Weight-for-height (65–120 cm), restricted LMS, interpolated between 0.1 cm rows. */
    public double weightForHeight(Sex sex, double heightCm, double weightKg) {
        return byLength(wfh, sex, heightCm, weightKg);
    }

    private static double byAge(LmsTable t, Sex sex, int ageDays, double x, boolean restricted) {
        if (ageDays < 0 || ageDays > LAST_AGE_DAYS || !(x > 0)) {
            return Double.NaN;
        }
        int row = t.row(sex, ageDays);
        double l = t.l(sex, row);
        double m = t.m(sex, row);
        double s = t.s(sex, row);
        return restricted ? Lms.zRestricted(x, l, m, s) : Lms.z(x, l, m, s);
    }

    private static double byLength(LmsTable t, Sex sex, double cm, double weightKg) {
        if (!(weightKg > 0) || cm < t.first() - 1e-9 || cm > t.last(sex) + 1e-9) {
            return Double.NaN;
        }
        double tenths = (cm - t.first()) * 10;
        int lower = (int) Math.floor(tenths + 1e-9);
        double fraction = tenths - lower;
        if (fraction < 1e-9 || t.row(sex, lower + 1) < 0) {
            return Lms.zRestricted(weightKg, t.l(sex, lower), t.m(sex, lower), t.s(sex, lower));
        }
        double l = t.l(sex, lower) + fraction * (t.l(sex, lower + 1) - t.l(sex, lower));
        double m = t.m(sex, lower) + fraction * (t.m(sex, lower + 1) - t.m(sex, lower));
        double s = t.s(sex, lower) + fraction * (t.s(sex, lower + 1) - t.s(sex, lower));
        return Lms.zRestricted(weightKg, l, m, s);
    }
}
