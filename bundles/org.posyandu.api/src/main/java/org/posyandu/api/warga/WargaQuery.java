package org.posyandu.api.warga;

/**
 * Filters for listing residents; every field is optional.
 *
 * @param wilayah   region code of any level (residents whose desa lies within it)
 * @param nama      part of the name, case-insensitive
 * @param kelompok  a derived target group
 * @param noKk      the members of one household
 * @param ibuId     the children of one mother
 * @param semua     also residents who died or moved away (always, when searching by NIK)
 */
public record WargaQuery(String posyanduId, String wilayah, String nik, String nama, KelompokSasaran kelompok,
        int offset, int limit, String noKk, String ibuId, boolean semua) {

    public WargaQuery(String posyanduId, String wilayah, String nik, String nama, KelompokSasaran kelompok,
            int offset, int limit) {
        this(posyanduId, wilayah, nik, nama, kelompok, offset, limit, null, null, false);
    }
}
