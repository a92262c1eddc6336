package org.posyandu.api.warga;

/**
 * Filters for listing residents; every field is optional.
 *
 * @param wilayah   region code of any level (residents whose desa lies within it)
 * @param nama      part of the name, case-insensitive
 * @param kelompok  a derived target group
 */
public record WargaQuery(String posyanduId, String wilayah, String nik, String nama, KelompokSasaran kelompok,
        int offset, int limit) {
}
