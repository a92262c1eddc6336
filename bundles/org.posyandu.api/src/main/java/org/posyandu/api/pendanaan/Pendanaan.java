package org.posyandu.api.pendanaan;

import java.time.Instant;

/**
 * Money a Posyandu received from one source in one year.
 *
 * @param jumlah amount in whole rupiah
 */
public record Pendanaan(String id, String posyanduId, SumberDana sumber, int tahun, long jumlah, String peruntukan,
        String keterangan, Instant dibuat) {
}
