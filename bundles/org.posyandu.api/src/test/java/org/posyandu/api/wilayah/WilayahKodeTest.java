package org.posyandu.api.wilayah;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WilayahKodeTest {

    @Test
    void levelFollowsTheNumberOfParts() {
        assertEquals(Optional.of(Tingkat.PROVINSI), WilayahKode.tingkatOf("16"));
        assertEquals(Optional.of(Tingkat.KABUPATEN), WilayahKode.tingkatOf("16.71"));
        assertEquals(Optional.of(Tingkat.KECAMATAN), WilayahKode.tingkatOf("16.71.17"));
        assertEquals(Optional.of(Tingkat.DESA), WilayahKode.tingkatOf("16.71.17.1003"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "167", "16.7", "16.71.1", "16.71.17.100", "16.71.17.10033", "ab", "1671", "16.71.",
        " 16.71", "16.71.17.1003.1"})
    void malformedCodesHaveNoLevel(String kode) {
        assertFalse(WilayahKode.isValid(kode), kode);
    }

    @Test
    void parentIsTheCodeWithoutItsLastPart() {
        assertEquals("16.71.17", WilayahKode.indukOf("16.71.17.1003"));
        assertEquals("16", WilayahKode.indukOf("16.71"));
        assertNull(WilayahKode.indukOf("16"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"16", "1", "16.7", "16.71.", "16.71.17.10"})
    void prefixesOfCodes(String prefix) {
        assertTrue(WilayahKode.isPrefix(prefix), prefix);
    }

    @ParameterizedTest
    @ValueSource(strings = {"16..", "x", "", "16.71.17.10031"})
    void notPrefixes(String prefix) {
        assertFalse(WilayahKode.isPrefix(prefix), prefix);
    }

    @Test
    void withinComparesWholeParts() {
        assertTrue(WilayahKode.isWithin("16.71.17", "16.71"));
        assertTrue(WilayahKode.isWithin("16.71", "16.71"));
        assertFalse(WilayahKode.isWithin("16.711", "16.71"));
        assertFalse(WilayahKode.isWithin("16.72.01", "16.71"));
    }

    @Test
    void nikKecamatanDigitsBecomeADottedCode() {
        assertEquals("16.71.17", WilayahKode.kecamatanFromDigits("167117"));
        assertThrows(IllegalArgumentException.class, () -> WilayahKode.kecamatanFromDigits("16711"));
    }
}
