package org.posyandu.api.warga;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NoKkTest {
    /** Provinsi 16 and kecamatan 16.71.17 exist; nothing else does. */
    private static final NikRegions REGIONS = new NikRegions() {
        @Override
        public boolean provinsiExists(String twoDigitCode) {
            return "16".equals(twoDigitCode);
        }

        @Override
        public boolean kecamatanExists(String dottedKecamatanCode) {
            return "16.71.17".equals(dottedKecamatanCode);
        }
    };

    @Test
    void aWellFormedNumberOfAnExistingKecamatanPasses() {
        NikCheck c = NoKk.check("noKk", "1671170101230001", REGIONS);
        assertEquals(List.of(), c.errors());
        assertEquals(List.of(), c.warnings());
    }

    @Test
    void theFirstTwoDigitsMustNameAProvince() {
        assertEquals(List.of("noKk noKk.provinsi"), rules(NoKk.check("noKk", "9971170101230001", REGIONS).errors()));
    }

    @Test
    void anUnknownKecamatanIsOnlyAWarning() {
        NikCheck c = NoKk.check("noKk", "1699990101230001", REGIONS);
        assertEquals(List.of(), c.errors());
        assertEquals(List.of("noKk noKk.kecamatan"), rules(c.warnings()));
    }

    @Test
    void theStructureIsCheckedFirst() {
        assertEquals(List.of("noKk noKk.format"), rules(NoKk.check("noKk", "16711701", REGIONS).errors()));
        assertEquals(List.of("noKk noKk.format"), rules(NoKk.check("noKk", "1671170101230000", REGIONS).errors()));
    }

    private static List<String> rules(List<org.posyandu.api.error.FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.rule()).toList();
    }
}
