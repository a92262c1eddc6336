package org.posyandu.api.warga;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The "status hubungan dalam keluarga" column of the Kartu Keluarga. */
public enum HubunganKeluarga {
    KEPALA_KELUARGA, SUAMI, ISTRI, ANAK, MENANTU, CUCU, ORANG_TUA, MERTUA, FAMILI_LAIN, PEMBANTU, LAINNYA;

    /** The name used in JSON, lower snake case: {@code kepala_keluarga}, {@code anak}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<HubunganKeluarga> of(String jsonName) {
        return Arrays.stream(values()).filter(h -> h.jsonName().equals(jsonName)).findFirst();
    }
}
