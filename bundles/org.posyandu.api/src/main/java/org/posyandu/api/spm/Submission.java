package org.posyandu.api.spm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A stored submission, read back from the module's table.
 *
 * @param periode the month it counts for, {@code YYYY-MM} (from {@code tanggal})
 */
public record Submission(String id, String formId, int formVersi, String posyanduId, String wargaId,
        LocalDate tanggal, String periode, Map<String, Object> data, Instant dibuat, String dibuatOleh) {
}
