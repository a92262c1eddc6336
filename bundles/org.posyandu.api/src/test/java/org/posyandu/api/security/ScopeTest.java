package org.posyandu.api.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void aWilayahScopeCoversItselfAndEverythingBelowOnly() {
        Scope kota = Scope.wilayah("16.71");
        assertTrue(kota.coversWilayah("16.71"));
        assertTrue(kota.coversWilayah("16.71.17.1003"));
        assertFalse(kota.coversWilayah("16.7"));
        assertFalse(kota.coversWilayah("16.01.07.2001"));
        assertFalse(kota.coversWilayah("16.711"));
        assertFalse(kota.coversWilayah("16"));
        assertFalse(kota.coversWilayah(null));
        assertTrue(kota.coversPosyandu("any-id", "16.71.17.1003"));
        assertFalse(kota.coversPosyandu("any-id", "31.71.01.1001"));
    }

    @Test
    void aKaderScopeCoversItsPosyanduAndNoRegion() {
        Scope kader = Scope.posyandu(Set.of("p1"));
        assertTrue(kader.coversPosyandu("p1", "16.71.17.1003"));
        assertFalse(kader.coversPosyandu("p2", "16.71.17.1003"));
        assertFalse(kader.coversWilayah("16.71.17.1003"));
        assertFalse(Scope.posyandu(Set.of()).coversPosyandu("p1", "16"));
    }

    @Test
    void containment() {
        assertTrue(Scope.all().contains(Scope.wilayah("16")));
        assertTrue(Scope.wilayah("16").contains(Scope.wilayah("16.71.17")));
        assertFalse(Scope.wilayah("16.71.17").contains(Scope.wilayah("16")));
        assertFalse(Scope.wilayah("16").contains(Scope.all()));
        assertFalse(Scope.wilayah("16").contains(Scope.posyandu(Set.of("p1"))));
        assertTrue(Scope.posyandu(Set.of("p1", "p2")).contains(Scope.posyandu(Set.of("p1"))));
    }

    @Test
    void rolesRankAlongTheHierarchy() {
        assertTrue(Role.SUPERADMIN.outranks(Role.ADMIN_PROVINSI));
        assertTrue(Role.ADMIN_DESA.outranks(Role.KADER));
        assertFalse(Role.ADMIN_KABUPATEN.outranks(Role.ADMIN_KABUPATEN));
        assertTrue(Role.ADMIN_KABUPATEN.atLeast(Role.ADMIN_KABUPATEN));
        assertFalse(Role.KADER.atLeast(Role.ADMIN_DESA));
    }
}
