package org.posyandu.api.wilayah;

/**
 * One administrative region by its Kemendagri code.
 *
 * @param kode      dotted code, e.g. {@code 16.71.17.1003}
 * @param nama      official name (kabupaten/kota keep their "Kabupaten"/"Kota" prefix)
 * @param tingkat   level
 * @param indukKode code of the parent region, {@code null} for a provinsi
 */
public record Wilayah(String kode, String nama, Tingkat tingkat, String indukKode) {
}
