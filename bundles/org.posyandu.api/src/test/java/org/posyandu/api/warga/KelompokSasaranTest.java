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
    }

    @Test
    void jsonNamesAreLowerSnakeCase() {
        assertEquals("ibu_hamil", IBU_HAMIL.jsonName());
        assertEquals("usia_produktif", USIA_PRODUKTIF.jsonName());
    }

    private static EnumSet<KelompokSasaran> groups(LocalDate born) {
        return KelompokSasaran.derive(born, JenisKelamin.L, null, TODAY);
    }
}
