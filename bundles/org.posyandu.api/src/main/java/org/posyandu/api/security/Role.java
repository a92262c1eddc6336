package org.posyandu.api.security;

import org.posyandu.api.wilayah.Tingkat;

/**
 * Platform roles along the Tim Pembina Posyandu hierarchy, highest first. Every admin role is bound to one
 * wilayah of its level; a {@link #KADER} is bound to one or more Posyandu; {@link #SUPERADMIN} to nothing.
 */
public enum Role {
    SUPERADMIN(null),
    ADMIN_PROVINSI(Tingkat.PROVINSI),
    ADMIN_KABUPATEN(Tingkat.KABUPATEN),
    ADMIN_KECAMATAN(Tingkat.KECAMATAN),
    ADMIN_DESA(Tingkat.DESA),
    KADER(null);

    private final Tingkat tingkat;

    Role(Tingkat tingkat) {
        this.tingkat = tingkat;
    }

    /** The wilayah level an admin of this role is bound to; {@code null} for SUPERADMIN and KADER. */
    public Tingkat tingkat() {
        return tingkat;
    }

    /** Whether this role ranks at least as high as {@code other}. */
    public boolean atLeast(Role other) {
        return ordinal() <= other.ordinal();
    }

    /** Whether this role ranks strictly higher than {@code other} (may create and manage such users). */
    public boolean outranks(Role other) {
        return ordinal() < other.ordinal();
    }

    public boolean isAdmin() {
        return this != KADER;
    }
}
