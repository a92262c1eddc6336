package org.posyandu.api.warga;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Life events of a resident (peristiwa); each is kept with who, when and why, and can only be voided, never deleted. */
public enum JenisPeristiwa {
    /** Died on the event's date: from then on in no target group and no sasaran list. */
    MENINGGAL,
    /**
     * Moved out: to another Posyandu (which then serves the resident) or away from the area (no Posyandu of the
     * platform serves the resident any more).
     */
    PINDAH,
    /** A pregnancy ended (delivery, miscarriage …): the woman is no longer ibu hamil for that HPHT. */
    KEHAMILAN_BERAKHIR;

    /** The name used in JSON: {@code meninggal}, {@code pindah}, {@code kehamilan_berakhir}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<JenisPeristiwa> of(String jsonName) {
        return Arrays.stream(values()).filter(j -> j.jsonName().equals(jsonName)).findFirst();
    }
}
