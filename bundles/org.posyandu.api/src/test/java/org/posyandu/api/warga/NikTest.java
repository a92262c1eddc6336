package org.posyandu.api.warga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    @ValueSource(strings = {"167117550390000", "16711755039000011", "1671 17550390001", "16711755039000a1", ""})
    void rejectsAnythingButSixteenDigits(String nik) {
        NikCheck c = Nik.check(nik, null, null, REGIONS);
        assertEquals(List.of("nik.format"), rules(c.errors()));
        assertEquals("nik", c.errors().get(0).field());
        assertNull(c.sex());
    }

    @Test
    void rejectsNull() {
        assertEquals(List.of("nik.format"), rules(Nik.check(null, null, null, REGIONS).errors()));
    }

    @Test
    void rejectsAnUnknownProvince() {
        assertEquals(List.of("nik.provinsi"), rules(Nik.check("9971175503900001", null, null, REGIONS).errors()));
    }

    @Test
    void anUnknownKecamatanIsAWarningNotARejection() {
        NikCheck c = Nik.check("1699175503900001", JenisKelamin.P, LocalDate.of(1990, 3, 15), REGIONS);
        assertTrue(c.valid());
        assertEquals(List.of("nik.kecamatan"), rules(c.warnings()));
        assertTrue(c.warnings().get(0).message().contains("16.99.17"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"001290", "320190", "401290", "721290", "011390", "010090", "310490", "290201"})
    void rejectsBirthDatesThatDoNotExist(String ddmmyy) {
        NikCheck c = Nik.check("167117" + ddmmyy + "0001", null, null, REGIONS);
        assertEquals(List.of("nik.tanggalLahir"), rules(c.errors()), ddmmyy);
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
        assertFalse(Nik.check("1671172902010001", null, null, REGIONS).valid());
    }

    @Test
    void sexMustMatchTheDayOffset() {
        assertEquals(List.of("nik.jenisKelamin"),
                rules(Nik.check("1671171503900001", JenisKelamin.P, null, REGIONS).errors()));
        assertEquals(List.of("nik.jenisKelamin"),
                rules(Nik.check("1671175503900001", JenisKelamin.L, null, REGIONS).errors()));
    }

    @Test
    void birthDateMustMatchDayMonthAndTwoDigitYear() {
        assertTrue(Nik.check("1671175503900001", JenisKelamin.P, LocalDate.of(1990, 3, 15), REGIONS).valid());
        assertEquals(List.of("nik.cocokTanggalLahir"),
                rules(Nik.check("1671175503900001", JenisKelamin.P, LocalDate.of(1991, 3, 15), REGIONS).errors()));
        assertEquals(List.of("nik.cocokTanggalLahir"),
                rules(Nik.check("1671175503900001", JenisKelamin.P, LocalDate.of(1990, 3, 16), REGIONS).errors()));
        // the century is not in the NIK: 2090 matches as well as 1990
        assertTrue(Nik.check("1671175503900001", null, LocalDate.of(2090, 3, 15), REGIONS).valid());
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
    }

    private static List<String> rules(List<FieldError> errors) {
        return errors.stream().map(FieldError::rule).toList();
    }
}
