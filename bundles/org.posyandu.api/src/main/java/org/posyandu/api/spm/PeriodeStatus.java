package org.posyandu.api.spm;

import java.util.Locale;

/**
 * Where one Posyandu's data of one month stands on its way up the hierarchy (DHIS2 data approval and locking):
 * entered ({@link #TERBUKA}), checked by the desa ({@link #DIVERIFIKASI}) or sent back to the kader with a reason
 * ({@link #DIKEMBALIKAN}), closed by the kabupaten ({@link #DIKUNCI}).
 */
public enum PeriodeStatus {
    TERBUKA, DIVERIFIKASI, DIKEMBALIKAN, DIKUNCI;

    /** The name in JSON and in the database: {@code terbuka}, {@code diverifikasi}, ... */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PeriodeStatus ofJsonName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
