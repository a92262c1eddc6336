package org.posyandu.anthro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GrowthStandardsTest {
    private final GrowthStandards who = GrowthStandards.who2006();

    /** WHO's published simplified tables (boys and girls, weight-for-age and length-for-age at birth), 0.1 precision. */
    @Test
    void matchesWhoPublishedSdValuesAtBirth() {
        double[] boysWeight = { 2.1, 2.5, 2.9, 3.3, 3.9, 4.4, 5.0 };
        double[] girlsWeight = { 2.0, 2.4, 2.8, 3.2, 3.7, 4.2, 4.8 };
        double[] boysLength = { 44.2, 46.1, 48.0, 49.9, 51.8, 53.7, 55.6 };
        for (int k = -3; k <= 3; k++) {
            assertEquals(k, who.weightForAge(Sex.MALE, 0, boysWeight[k + 3]), 0.15, "boys weight " + k + " SD");
            assertEquals(k, who.weightForAge(Sex.FEMALE, 0, girlsWeight[k + 3]), 0.15, "girls weight " + k + " SD");
            assertEquals(k, who.lengthHeightForAge(Sex.MALE, 0, boysLength[k + 3]), 0.03, "boys length " + k + " SD");
        }
    }

    @Test
    void theMedianIsZeroAndTheTablesStepAtTwoYears() {
        assertEquals(0, who.weightForAge(Sex.MALE, 0, 3.3464), 1e-9);
        assertEquals(0, who.weightForAge(Sex.MALE, 365, 9.6460), 1e-9);
        // boys 24 months: length median 87.8 (day 730), height median 87.1 (day 731): the 0.7 cm step
        assertEquals(0, who.lengthHeightForAge(Sex.MALE, 730, 87.8), 0.03);
        assertEquals(0, who.lengthHeightForAge(Sex.MALE, 731, 87.1), 0.03);
    }

    @Test
    void beyondThreeSdTheRestrictedMethodMeasuresInUnitsOfTheOuterGap() {
        double l = 0.3487;
        double m = 3.3464;
        double s = 0.14602;
        double sd2 = Lms.sd(l, m, s, 2);
        double sd3 = Lms.sd(l, m, s, 3);
        double sd2neg = Lms.sd(l, m, s, -2);
        double sd3neg = Lms.sd(l, m, s, -3);
        assertEquals(3, who.weightForAge(Sex.MALE, 0, sd3), 1e-9);
        assertEquals(4, who.weightForAge(Sex.MALE, 0, sd3 + (sd3 - sd2)), 1e-9);
        assertEquals(5, who.weightForAge(Sex.MALE, 0, sd3 + 2 * (sd3 - sd2)), 1e-9);
        assertEquals(-4, who.weightForAge(Sex.MALE, 0, sd3neg - (sd2neg - sd3neg)), 1e-9);
        // plain LMS would differ out there: the restriction matters
        assertTrue(Math.abs(Lms.z(sd3 + (sd3 - sd2), l, m, s) - 4) > 0.05);
    }

    @Test
    void weightForLengthInterpolatesBetweenTenthsAndStaysInRange() {
        double at650 = who.weightForLength(Sex.FEMALE, 65.0, 7.0);
        double at651 = who.weightForLength(Sex.FEMALE, 65.1, 7.0);
        double between = who.weightForLength(Sex.FEMALE, 65.05, 7.0);
        assertTrue(between < at650 && between > at651, at650 + " > " + between + " > " + at651);
        assertEquals((at650 + at651) / 2, between, 0.002);
        assertTrue(Double.isNaN(who.weightForLength(Sex.MALE, 44.9, 2.5)));
        assertTrue(Double.isNaN(who.weightForLength(Sex.MALE, 110.1, 18)));
        assertTrue(Double.isNaN(who.weightForHeight(Sex.MALE, 64.9, 7)));
        assertTrue(!Double.isNaN(who.weightForHeight(Sex.MALE, 120.0, 22)));
    }

    @Test
    void nothingFromSixtyMonthsOn() {
        assertTrue(!Double.isNaN(who.weightForAge(Sex.MALE, 1826, 18)));
        assertTrue(Double.isNaN(who.weightForAge(Sex.MALE, 1827, 18)));
        assertTrue(Double.isNaN(who.weightForAge(Sex.MALE, -1, 3)));
    }
}
