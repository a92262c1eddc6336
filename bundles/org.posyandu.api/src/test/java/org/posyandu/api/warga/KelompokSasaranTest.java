package org.posyandu.api.warga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.posyandu.api.warga.KelompokSasaran.BALITA;
import static org.posyandu.api.warga.KelompokSasaran.BAYI;
import static org.posyandu.api.warga.KelompokSasaran.IBU_HAMIL;
import static org.posyandu.api.warga.KelompokSasaran.LANSIA;
import static org.posyandu.api.warga.KelompokSasaran.REMAJA;
import static org.posyandu.api.warga.KelompokSasaran.USIA_PRODUKTIF;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class KelompokSasaranTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void bayiUpToElevenCompletedMonthsBalitaUpToFiftyNine() {
        assertEquals(EnumSet.of(BAYI, BALITA), groups(TODAY.minusMonths(11)));
        assertEquals(EnumSet.of(BALITA), groups(TODAY.minusMonths(12)));
        assertEquals(EnumSet.of(BALITA), groups(TODAY.minusMonths(59)));
        assertEquals(EnumSet.noneOf(KelompokSasaran.class), groups(TODAY.minusMonths(60)));
        assertEquals(EnumSet.of(BAYI, BALITA), groups(TODAY), "born today");
    }

    @Test
    void remajaTenToEighteenUsiaProduktifFifteenToFiftyNineLansiaFromSixty() {
        assertEquals(EnumSet.noneOf(KelompokSasaran.class), groups(TODAY.minusYears(9)));
        assertEquals(EnumSet.of(REMAJA), groups(TODAY.minusYears(10)));
        assertEquals(EnumSet.of(REMAJA), groups(TODAY.minusYears(14)));
        assertEquals(EnumSet.of(REMAJA, USIA_PRODUKTIF), groups(TODAY.minusYears(15)));
        assertEquals(EnumSet.of(REMAJA, USIA_PRODUKTIF), groups(TODAY.minusYears(18)));
        assertEquals(EnumSet.of(USIA_PRODUKTIF), groups(TODAY.minusYears(19)));
        assertEquals(EnumSet.of(USIA_PRODUKTIF), groups(TODAY.minusYears(59)));
        assertEquals(EnumSet.of(LANSIA), groups(TODAY.minusYears(60)));
        assertEquals(EnumSet.of(USIA_PRODUKTIF), groups(TODAY.minusYears(60).plusDays(1)), "60 tomorrow");
    }

    @Test
    void ibuHamilForFortyTwoWeeksAfterHpht() {
        LocalDate born = TODAY.minusYears(25);
        assertEquals(Set.of(USIA_PRODUKTIF, IBU_HAMIL),
                KelompokSasaran.derive(born, JenisKelamin.P, TODAY.minusDays(293), TODAY));
        assertEquals(Set.of(USIA_PRODUKTIF), KelompokSasaran.derive(born, JenisKelamin.P, TODAY.minusDays(294), TODAY));
        assertEquals(Set.of(USIA_PRODUKTIF), KelompokSasaran.derive(born, JenisKelamin.L, TODAY.minusDays(10), TODAY));
        assertEquals(Set.of(USIA_PRODUKTIF), KelompokSasaran.derive(born, JenisKelamin.P, TODAY.plusDays(1), TODAY));
    }

    @Test
    void aBirthDateInTheFutureHasNoGroup() {
        assertEquals(Set.of(), groups(TODAY.plusDays(1)));
        assertEquals(Set.of(), KelompokSasaran.derive(TODAY.plusDays(1), JenisKelamin.P, TODAY, TODAY));
        assertEquals(Set.of(), groups(null));
    }

    @Test
    void monthsAreCompletedOnlyWhenTheDayOfMonthComesAgain() {
        LocalDate born = LocalDate.of(2024, 1, 31);
        // 29 Feb 2024 is 0 completed months after 31 Jan, 1 Mar is 1 (ChronoUnit.MONTHS.between)
        assertEquals(0, java.time.temporal.ChronoUnit.MONTHS.between(born, LocalDate.of(2024, 2, 29)));
        assertEquals(EnumSet.of(BAYI, BALITA), derive(born, LocalDate.of(2025, 1, 30)), "11 months");
        assertEquals(EnumSet.of(BALITA), derive(born, LocalDate.of(2025, 1, 31)), "12 months");
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        assertEquals(EnumSet.of(BAYI, BALITA), derive(leapDay, LocalDate.of(2025, 2, 28)), "still 11 months");
        assertEquals(EnumSet.of(BALITA), derive(leapDay, LocalDate.of(2025, 3, 1)), "12 months");
        assertEquals(EnumSet.of(BALITA), derive(leapDay, LocalDate.of(2029, 2, 28)), "59 months");
        assertEquals(EnumSet.noneOf(KelompokSasaran.class), derive(leapDay, LocalDate.of(2029, 3, 1)), "60 months");
    }

    @Test
    void someoneBornOnTheTwentyNinthOfFebruaryCompletesAYearOnTheFirstOfMarchInACommonYear() {
        LocalDate born = LocalDate.of(1965, 2, 28).minusYears(1).plusDays(1); // 29 Feb 1964
        assertEquals(LocalDate.of(1964, 2, 29), born);
        assertEquals(EnumSet.of(USIA_PRODUKTIF), derive(born, LocalDate.of(2024, 2, 28)), "59 on the day before");
        assertEquals(EnumSet.of(LANSIA), derive(born, LocalDate.of(2024, 2, 29)), "60 on a leap day");
        LocalDate born1963 = LocalDate.of(1963, 3, 1).minusDays(1); // 28 Feb 1963, for contrast
        assertEquals(EnumSet.of(LANSIA), derive(born1963, LocalDate.of(2023, 2, 28)));
        LocalDate leapBorn2004 = LocalDate.of(2004, 2, 29);
        assertEquals(EnumSet.of(REMAJA, USIA_PRODUKTIF), derive(leapBorn2004, LocalDate.of(2023, 2, 28)), "18");
        assertEquals(EnumSet.of(USIA_PRODUKTIF), derive(leapBorn2004, LocalDate.of(2023, 3, 1)), "19 on 1 March");
    }

    @Test
    void pregnancyCountsFromTheHphtDayItself() {
        LocalDate born = TODAY.minusYears(17);
        assertEquals(Set.of(REMAJA, USIA_PRODUKTIF, IBU_HAMIL),
                KelompokSasaran.derive(born, JenisKelamin.P, TODAY, TODAY));
        assertEquals(Set.of(REMAJA, USIA_PRODUKTIF), KelompokSasaran.derive(born, JenisKelamin.P, null, TODAY));
    }

    @Test
    void jsonNamesAreLowerSnakeCase() {
        assertEquals("ibu_hamil", IBU_HAMIL.jsonName());
        assertEquals("usia_produktif", USIA_PRODUKTIF.jsonName());
        assertEquals("bayi", BAYI.jsonName());
        assertEquals("lansia", LANSIA.jsonName());
    }

    private static EnumSet<KelompokSasaran> derive(LocalDate born, LocalDate on) {
        return KelompokSasaran.derive(born, JenisKelamin.L, null, on);
    }

    private static EnumSet<KelompokSasaran> groups(LocalDate born) {
        return KelompokSasaran.derive(born, JenisKelamin.L, null, TODAY);
    }
}
