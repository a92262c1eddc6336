package org.posyandu.api.spm;

import java.util.List;

import org.posyandu.api.error.ApiException;
import org.posyandu.api.error.FieldError;

/**
 * A write into a month the kabupaten has locked (HTTP 409, type {@code periode-dikunci}); it needs the month
 * reopened, with a reason, by the kabupaten.
 */
public class PeriodLockedException extends ApiException {
    private static final long serialVersionUID = 1L;

    public PeriodLockedException(String posyanduId, String periode) {
        super(409, "periode-dikunci", "Periode dikunci", "Period locked",
                "Data bulan " + periode + " Posyandu ini sudah dikunci kabupaten; minta admin kabupaten membukanya "
                        + "kembali (dengan alasan) untuk menambah atau mengoreksi data.",
                "Month " + periode + " of this Posyandu is locked by the kabupaten; ask its admin to reopen it "
                        + "(with a reason) to add or correct data.",
                List.of(new FieldError("periode", "periode.dikunci", "Periode " + periode + " dikunci.",
                        "Period " + periode + " is locked.")));
    }
}
