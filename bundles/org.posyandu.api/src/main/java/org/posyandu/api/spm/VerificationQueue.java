package org.posyandu.api.spm;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The Posyandu of an area for one month, with where each stands: what a desa admin verifies and a kabupaten admin
 * locks.
 *
 * @param ringkasan how many Posyandu are in each status (every status named, zero included)
 * @param batas     the kabupaten's deadline for the month ({@code null} for an area wider than one kabupaten)
 * @param total     Posyandu in the area (the list is one page of them)
 */
public record VerificationQueue(String periode, String wilayah, LocalDate batas, Map<String, Integer> ringkasan,
        int total, List<Row> posyandu) {

    /**
     * @param kiriman submissions of the month at this Posyandu, all forms
     */
    public record Row(String posyanduId, String nama, String desaKode, String status, boolean otomatis,
            String alasan, java.time.Instant diubah, String diubahOleh, int kiriman) {
    }
}
