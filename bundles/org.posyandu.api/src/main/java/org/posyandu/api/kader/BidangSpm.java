package org.posyandu.api.kader;

import java.util.Arrays;
import java.util.Optional;

/** The six SPM fields (PP 2/2018) a Posyandu serves since Permendagri 13/2024, by module id. */
public enum BidangSpm {
    KESEHATAN("kesehatan"),
    PENDIDIKAN("pendidikan"),
    PEKERJAAN_UMUM("pekerjaan-umum"),
    PERUMAHAN_RAKYAT("perumahan-rakyat"),
    TRANTIBUMLINMAS("trantibumlinmas"),
    SOSIAL("sosial");

    private final String id;

    BidangSpm(String id) {
        this.id = id;
    }

    /** The module id, e.g. {@code pekerjaan-umum}. */
    public String id() {
        return id;
    }

    public static Optional<BidangSpm> byId(String id) {
        return Arrays.stream(values()).filter(b -> b.id.equals(id)).findFirst();
    }
}
