package org.posyandu.api.warga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.posyandu.api.error.FieldError;

class NikTest {
    /** Test data for a pure function: a province and two kecamatan of Sumatera Selatan. */
    private static final NikRegions REGIONS = new NikRegions() {
        @Override
        public boolean provinsiExists(String code) {
            return Set.of("16", "31").contains(code);
        }

        @Override
        public boolean kecamatanExists(String code) {
            return Set.of("16.71.17", "16.71.02").contains(code);
        }
    };

    @Test
    void acceptsAWomansNikWithFortyAddedToTheDay() {
        NikCheck c = Nik.check("1671175503900001", JenisKelamin.P, LocalDate.of(1990, 3, 15), REGIONS);
        assertTrue(c.valid(), () -> c.errors().toString());
        assertEquals(List.of(), c.warnings());
        assertEquals("16.71.17", c.kecamatanKode());
        assertEquals(JenisKelamin.P, c.sex());
        assertEquals(15, c.birthDay());
        assertEquals(3, c.birthMonth());
        assertEquals(90, c.birthYearTwoDigits());
    }

    @Test
    void acceptsAMansNik() {
        NikCheck c = Nik.check("1671020101050123", JenisKelamin.L, LocalDate.of(2005, 1, 1), REGIONS);
        assertTrue(c.valid(), () -> c.errors().toString());
        assertEquals(JenisKelamin.L, c.sex());
    }

    @ParameterizedTest
    @ValueSource(strings = {"167117550390000", "16711755039000011", "1671 17550390001", "16711755039000a1", "",
        "1671.17.550390001", "\uFF11671175503900001", "\u0661671175503900001", " 1671175503900001"})
    void rejectsAnythingButSixteenDigits(String nik) {
        NikCheck c = Nik.check(nik, null, null, REGIONS);
        assertEquals(List.of("nik.format"), rules(c.errors()));
        assertEquals("nik", c.errors().get(0).field());
        assertNull(c.sex());
        assertNull(c.kecamatanKode());
        assertNull(c.birthDay());
        assertFalse(Nik.isWellFormed(nik));
    }

    @Test
    void formatMessageSaysSixteenDigitsAndWhatWasGiven() {
        FieldError tooShort = Nik.check("167117550390000", null, null, REGIONS).errors().get(0);
        assertTrue(tooShort.message().contains("16 angka") && tooShort.message().contains("15 karakter"),
                tooShort.message());
        assertTrue(tooShort.messageEn().contains("16 digits") && tooShort.messageEn().contains("15 characters"),
                tooShort.messageEn());
        FieldError space = Nik.check("1671 17550390001", null, null, REGIONS).errors().get(0);
        assertTrue(space.message().contains("karakter ke-5"), space.message());
        assertTrue(space.messageEn().contains("character 5"), space.messageEn());
    }

    @Test
    void rejectsNull() {
        assertEquals(List.of("nik.format"), rules(Nik.check(null, null, null, REGIONS).errors()));
    }

    @Test
    void rejectsAnUnknownProvinceWithoutAlsoWarningAboutItsKecamatan() {
        NikCheck c = Nik.check("9971175503900001", null, null, REGIONS);
        assertEquals(List.of("nik.provinsi"), rules(c.errors()));
        assertTrue(c.errors().get(0).message().contains("99"));
        assertEquals(List.of(), c.warnings());
    }

    @Test
    void anUnknownKecamatanIsAWarningNotARejection() {
        NikCheck c = Nik.check("1699175503900001", JenisKelamin.P, LocalDate.of(1990, 3, 15), REGIONS);
        assertTrue(c.valid());
        assertEquals(List.of("nik.kecamatan"), rules(c.warnings()));
        assertTrue(c.warnings().get(0).message().contains("16.99.17"));
        assertTrue(c.warnings().get(0).messageEn().contains("16.99.17"));
        assertEquals("16.99.17", c.kecamatanKode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"001290", "320190", "401290", "721290", "991290", "011390", "010090", "310490", "310499",
        "710490", "290201", "690201", "300290"})
    void rejectsBirthDatesThatDoNotExist(String ddmmyy) {
        NikCheck c = Nik.check("167117" + ddmmyy + "0001", null, null, REGIONS);
        assertEquals(List.of("nik.tanggalLahir"), rules(c.errors()), ddmmyy);
        assertTrue(c.errors().get(0).message().contains(ddmmyy), c.errors().get(0).message());
        assertNull(c.birthDay());
        assertNull(c.birthMonth());
        assertNull(c.birthYearTwoDigits());
    }

    @Test
    void dateMessagesSayWhichPartIsWrong() {
        assertTrue(message("1671173204900001").contains("01-31"));
        assertTrue(message("1671171513900001").contains("bulan harus 01-12, bukan 13"));
        assertTrue(message("1671173104990001").contains("1999") && message("1671173104990001").contains("2099"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"310190", "410190", "710190", "290200", "690296"})
    void acceptsBoundaryBirthDates(String ddmmyy) {
        assertTrue(Nik.check("167117" + ddmmyy + "0001", null, null, REGIONS).valid(), ddmmyy);
    }

    @Test
    void twentyNinthOfFebruaryNeedsALeapYearInOneOfTheCenturies() {
        // 00 is a leap year as 2000 (not as 1900): accepted; 01 is neither
        assertTrue(Nik.check("1671172902000001", null, null, REGIONS).valid());
        assertEquals(List.of("nik.tanggalLahir"), rules(Nik.check("1671172902010001", null, null, REGIONS).errors()));
        // 1996 is a leap year; the same for a woman (29 + 40)
        assertTrue(Nik.check("1671176902960001", JenisKelamin.P, LocalDate.of(1996, 2, 29), REGIONS).valid());
    }

    @Test
    void theFortyOffsetBoundariesDecideSex() {
        NikCheck d31 = Nik.check("1671173101900001", null, null, REGIONS);
        assertEquals(JenisKelamin.L, d31.sex());
        assertEquals(31, d31.birthDay());
        // 40 is not a day for either sex; by the rule "above 40 is female" the NIK still reads as male
        assertEquals(JenisKelamin.L, Nik.check("1671174001900001", null, null, REGIONS).sex());
        NikCheck d41 = Nik.check("1671174101900001", null, null, REGIONS);
        assertEquals(JenisKelamin.P, d41.sex());
        assertEquals(1, d41.birthDay());
        NikCheck d71 = Nik.check("1671177101900001", null, null, REGIONS);
        assertEquals(JenisKelamin.P, d71.sex());
        assertEquals(31, d71.birthDay());
        assertEquals(List.of("nik.tanggalLahir"), rules(Nik.check("1671177201900001", null, null, REGIONS).errors()));
    }

    @Test
    void sexMustMatchTheDayOffset() {
        assertEquals(List.of("nik.jenisKelamin"),
                rules(Nik.check("1671171503900001", JenisKelamin.P, null, REGIONS).errors()));
        assertEquals(List.of("nik.jenisKelamin"),
                rules(Nik.check("1671175503900001", JenisKelamin.L, null, REGIONS).errors()));
        FieldError e = Nik.check("1671175503900001", JenisKelamin.L, null, REGIONS).errors().get(0);
        assertTrue(e.message().contains("55") && e.message().contains("perempuan")
                && e.message().contains("laki-laki"), e.message());
    }

    @Test
    void sexIsStillComparedWhenTheDateIsBroken() {
        NikCheck c = Nik.check("1671175513900001", JenisKelamin.L, null, REGIONS);
        assertEquals(List.of("nik.tanggalLahir", "nik.jenisKelamin"), rules(c.errors()));
        assertEquals(JenisKelamin.P, c.sex());
    }

    @Test
    void birthDateMustMatchDayMonthAndTwoDigitYear() {
        assertTrue(Nik.check("1671175503900001", JenisKelamin.P, LocalDate.of(1990, 3, 15), REGIONS).valid());
        assertEquals(List.of("nik.cocokTanggalLahir"),
                rules(Nik.check("1671175503900001", JenisKelamin.P, LocalDate.of(1991, 3, 15), REGIONS).errors()));
        assertEquals(List.of("nik.cocokTanggalLahir"),
                rules(Nik.check("1671175503900001", JenisKelamin.P, LocalDate.of(1990, 3, 16), REGIONS).errors()));
        assertEquals(List.of("nik.cocokTanggalLahir"),
                rules(Nik.check("1671175503900001", JenisKelamin.P, LocalDate.of(1990, 4, 15), REGIONS).errors()));
        // the century is not in the NIK: 2090 matches as well as 1990
        assertTrue(Nik.check("1671175503900001", null, LocalDate.of(2090, 3, 15), REGIONS).valid());
        FieldError e = Nik.check("1671175503900001", null, LocalDate.of(1991, 3, 15), REGIONS).errors().get(0);
        assertTrue(e.message().contains("15-03-..90") && e.message().contains("15-03-1991"), e.message());
    }

    @Test
    void serialNumberCannotBeZero() {
        assertEquals(List.of("nik.nomorUrut"), rules(Nik.check("1671175503900000", null, null, REGIONS).errors()));
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        NikCheck c = Nik.check("9971170503900000", JenisKelamin.P, LocalDate.of(1991, 3, 5), REGIONS);
        assertEquals(List.of("nik.provinsi", "nik.jenisKelamin", "nik.cocokTanggalLahir", "nik.nomorUrut"),
                rules(c.errors()));
        c.errors().forEach(e -> assertFalse(e.messageEn().isBlank()));
    }

    @Test
    void noKkIsSixteenDigitsWithARegionPrefixAndASerial() {
        assertTrue(NoKk.check("noKk", "1671170101090001").isEmpty());
        assertEquals("noKk.format", NoKk.check("noKk", "167117010109000").orElseThrow().rule());
        assertEquals("noKk.format", NoKk.check("noKk", "0071170101090001").orElseThrow().rule());
        assertEquals("noKk.format", NoKk.check("noKk", "1671170101090000").orElseThrow().rule());
        assertEquals("noKk.format", NoKk.check("noKk", "16711701010900011").orElseThrow().rule());
        assertEquals("noKk.format", NoKk.check("noKk", "16711701010900a1").orElseThrow().rule());
        assertEquals("noKk.format", NoKk.check("noKk", null).orElseThrow().rule());
        assertEquals("keluarga.noKk", NoKk.check("keluarga.noKk", "0071170101090001").orElseThrow().field());
        assertTrue(NoKk.check("noKk", "167117010109000").orElseThrow().message().contains("15 karakter"));
    }

    @Test
    void checkResultCannotBeChangedAfterwards() {
        NikCheck c = Nik.check("1671175503900000", null, null, REGIONS);
        assertThrows(UnsupportedOperationException.class, () -> c.errors().clear());
        assertFalse(c.valid());
    }

    private static String message(String nik) {
        return Nik.check(nik, null, null, REGIONS).errors().get(0).message();
    }

    /** The rule ids, after asserting every entry is about the field "nik" and has both messages. */
    private static List<String> rules(List<FieldError> errors) {
        errors.forEach(e -> {
            assertEquals("nik", e.field(), e::toString);
            assertFalse(e.message().isBlank(), e::toString);
            assertFalse(e.messageEn().isBlank(), e::toString);
        });
        return errors.stream().map(FieldError::rule).toList();
    }
}
