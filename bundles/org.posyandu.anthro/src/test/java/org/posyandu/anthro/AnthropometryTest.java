package org.posyandu.anthro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AnthropometryTest {
    private static final LocalDate BORN = LocalDate.of(2024, 1, 1);

    private static Assessment at(int days, Double kg, Double cm, Position p) {
        return Anthropometry.assess(new Measurement(Sex.MALE, BORN, BORN.plusDays(days), kg, cm, p, null, false));
    }

    @Test
    void lengthAndHeightAreConvertedAtTwoYears() {
        assertEquals(87.8, at(730, 12.0, 87.1, Position.STANDING).adjustedLengthCm(), 1e-9);
        assertEquals(87.1, at(731, 12.0, 87.8, Position.RECUMBENT).adjustedLengthCm(), 1e-9);
        assertEquals(87.1, at(731, 12.0, 87.1, null).adjustedLengthCm(), 1e-9);
        Assessment tooYoung = at(200, 7.5, 66.0, Position.STANDING);
        assertEquals(66.0, tooYoung.adjustedLengthCm(), 1e-9);
        assertTrue(tooYoung.flags().contains("standing_under_9_months"));
    }

    @Test
    void weightForLengthBeforeTwoYearsAndForHeightAfter() {
        GrowthStandards who = GrowthStandards.who2006();
        assertEquals(Anthropometry.round(who.weightForLength(Sex.MALE, 80.0, 10.5)),
                at(730, 10.5, 80.0, Position.RECUMBENT).wflh(), 1e-9);
        assertEquals(Anthropometry.round(who.weightForHeight(Sex.MALE, 80.0, 10.5)),
                at(731, 10.5, 80.0, Position.STANDING).wflh(), 1e-9);
    }

    @Test
    void resultsAreRoundedToTwoDecimalsAndClassifiedPerPermenkes() {
        Assessment stunted = at(730, 9.0, 79.0, Position.RECUMBENT);
        assertEquals(-2.88, stunted.lhfa(), 0, "rounded to 2 decimals");
        assertEquals("pendek", stunted.status().tbU());
        assertEquals("sangat_pendek", at(730, 9.0, 78.0, Position.RECUMBENT).status().tbU());
        assertEquals("sangat_kurang", Classification.bbU(-3.01));
        assertEquals("kurang", Classification.bbU(-3.0));
        assertEquals("normal", Classification.bbU(1.0));
        assertEquals("risiko_lebih", Classification.bbU(1.01));
        assertEquals("normal", Classification.tbU(3.0));
        assertEquals("tinggi", Classification.tbU(3.01));
        assertEquals(List.of("gizi_buruk", "gizi_kurang", "gizi_baik", "berisiko_gizi_lebih", "gizi_lebih", "obesitas"),
                List.of(Classification.nutrition(-3.5), Classification.nutrition(-2.5), Classification.nutrition(0),
                        Classification.nutrition(1.5), Classification.nutrition(2.5), Classification.nutrition(3.5)));
    }

    @Test
    void impossibleInputIsRefusedAndImplausibleResultsAreFlagged() {
        assertThrows(IllegalArgumentException.class,
                () -> Anthropometry.assess(new Measurement(Sex.FEMALE, BORN, BORN.minusDays(1), 3.0, null, null, null, false)));
        assertThrows(IllegalArgumentException.class, () -> at(100, -1.0, null, null));
        Assessment heavy = at(365, 30.0, 75.0, Position.RECUMBENT);
        assertTrue(heavy.flags().contains("wfa_implausible"), heavy.flags().toString());
        Assessment old = at(1827, 18.0, 110.0, Position.STANDING);
        assertNull(old.wfa());
        assertTrue(old.flags().contains("age_60_months_or_more"));
        Assessment oedema = Anthropometry.assess(new Measurement(Sex.MALE, BORN, BORN.plusDays(400), 8.0, 75.0,
                Position.RECUMBENT, 45.0, true));
        assertNull(oedema.wfa());
        assertNull(oedema.wflh());
        assertTrue(oedema.lhfa() != null && oedema.hcfa() != null);
    }
}
