package org.posyandu.api.wilayah;

/** The four levels of the Kemendagri region code, top-down. */
public enum Tingkat {
    PROVINSI(1), KABUPATEN(2), KECAMATAN(3), DESA(4);

    private final int parts;

    Tingkat(int parts) {
        this.parts = parts;
    }

    /** Number of dot-separated parts a code of this level has. */
    public int parts() {
        return parts;
    }

    /** The level one below, or {@code null} for desa. */
    public Tingkat child() {
        return this == DESA ? null : values()[ordinal() + 1];
    }

    /** The lower-case name used in JSON: {@code provinsi}, {@code kabupaten}, {@code kecamatan}, {@code desa}. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
