package org.posyandu.core.internal.periode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.posyandu.api.error.ApiException;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ValidationException;
import org.posyandu.api.spm.PeriodeState;

/** The refusals of the verification steps, worded once. */
final class Texts {
    static final int MAX_ALASAN = 500;

    private Texts() {
    }

    /** A step the month's status does not allow, or a status changed meanwhile: HTTP 409 naming {@code status}. */
    static final class StatusConflict extends ApiException {
        private static final long serialVersionUID = 1L;

        StatusConflict(FieldError error) {
            super(409, "periode-status", "Status periode tidak sesuai", "Period status does not allow this",
                    error.message(), error.messageEn(), List.of(error));
        }
    }

    static ApiException wrongStatus(PeriodeState state, String message, String messageEn) {
        return new StatusConflict(new FieldError("status", "periode.status", message + " (status: " + state.status()
                + ")", messageEn + " (status: " + state.status() + ")"));
    }

    static ApiException changedMeanwhile() {
        return new StatusConflict(new FieldError("status", "periode.changed",
                "Status periode baru saja diubah orang lain; muat ulang lalu coba lagi.",
                "The period's status was just changed by someone else; reload and try again."));
    }

    static ApiException notVerifiedBeforeDeadline(long open, LocalDate batas) {
        return new StatusConflict(new FieldError("status", "periode.belumDiverifikasi",
                open + " Posyandu belum diverifikasi; sebelum batas " + batas
                        + " hanya data yang sudah diverifikasi yang dapat dikunci.",
                open + " Posyandu not verified yet; before the deadline " + batas
                        + " only verified data can be locked."));
    }

    /** The trimmed text, {@code null} when blank; a 422 naming {@code alasan} when too long. */
    static String optional(String alasan) {
        if (alasan == null || alasan.isBlank()) {
            return null;
        }
        String text = alasan.strip();
        if (text.length() > MAX_ALASAN) {
            throw ValidationException.of(new FieldError("alasan", "maxLength", "Alasan paling panjang " + MAX_ALASAN
                    + " karakter.", "The reason is at most " + MAX_ALASAN + " characters."));
        }
        return text;
    }

    /** Data of a month that has not begun cannot be verified or locked. */
    static void requirePast(YearMonth periode, LocalDate today) {
        if (periode.isAfter(YearMonth.from(today))) {
            throw ValidationException.of(new FieldError("periode", "notInFuture", "Periode " + periode + " belum terjadi.",
                    "Period " + periode + " has not begun."));
        }
    }
}
