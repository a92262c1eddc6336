package org.posyandu.api.spm;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The state of one Posyandu's data for one month.
 *
 * @param posyanduId     the Posyandu
 * @param periode        the month, {@code YYYY-MM}
 * @param status         {@link PeriodeStatus#jsonName()}
 * @param otomatis       locked by the kabupaten's deadline rule, not by a person
 * @param dibukaKembali  reopened by the kabupaten after a lock: the automatic lock no longer applies to it
 * @param alasan         the reason of the last step that needs one (sent back, locked, reopened), else {@code null}
 * @param diubah         when the last step was taken ({@code null} while nothing happened yet)
 * @param diubahOleh     who took it
 * @param batas          the kabupaten's deadline for the month: the day after which it may be locked as it stands
 */
public record PeriodeState(String posyanduId, String periode, String status, boolean otomatis, boolean dibukaKembali,
        String alasan, Instant diubah, String diubahOleh, LocalDate batas) {

    public boolean isLocked() {
        return PeriodeStatus.DIKUNCI.jsonName().equals(status);
    }
}
