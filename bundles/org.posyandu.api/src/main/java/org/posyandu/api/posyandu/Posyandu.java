package org.posyandu.api.posyandu;

import java.time.Instant;

/**
 * A registered Posyandu.
 *
 * @param id       UUID
 * @param desaKode Kemendagri code of the desa/kelurahan it serves
 * @param aktif    whether it currently runs; an inactive Posyandu keeps its data
 */
public record Posyandu(String id, String nama, String desaKode, String desaNama, String alamat, String rt, String rw,
        Strata strata, boolean aktif, Instant dibuat, Instant diubah) {
}
