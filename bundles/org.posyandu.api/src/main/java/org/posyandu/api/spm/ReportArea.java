package org.posyandu.api.spm;

import java.util.Objects;

/**
 * An area a report covers or one of its parts: a wilayah by its Kemendagri code, or one Posyandu by its id.
 *
 * @param kode    wilayah code or Posyandu id
 * @param nama    name
 * @param tingkat {@code provinsi}, {@code kabupaten}, {@code kecamatan}, {@code desa} or {@code posyandu}
 */
public record ReportArea(String kode, String nama, String tingkat) {
    public static final String POSYANDU = "posyandu";

    public ReportArea {
        Objects.requireNonNull(kode, "kode");
        Objects.requireNonNull(tingkat, "tingkat");
    }

    public boolean isPosyandu() {
        return POSYANDU.equals(tingkat);
    }

    /** Whether a Posyandu standing in desa {@code desaKode} lies in this area. */
    public boolean holds(String posyanduId, String desaKode) {
        return isPosyandu() ? kode.equals(posyanduId)
                : desaKode != null && (desaKode.equals(kode) || desaKode.startsWith(kode + "."));
    }
}
