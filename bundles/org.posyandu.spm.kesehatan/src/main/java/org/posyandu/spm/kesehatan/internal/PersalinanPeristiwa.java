package org.posyandu.spm.kesehatan.internal;

import java.util.ArrayList;
import java.util.List;

import org.posyandu.api.spm.Submission;
import org.posyandu.api.warga.JenisPeristiwa;
import org.posyandu.api.warga.PeristiwaInput;

/**
 * What a delivery ({@code kesehatan.persalinan}) says happened to the mother: the pregnancy ended on the day of the
 * delivery (the submission's date), so she is no longer ibu hamil; and if she died at it, she died that day.
 */
final class PersalinanPeristiwa {
    private PersalinanPeristiwa() {
    }

    static List<PeristiwaInput> of(Submission delivery) {
        List<PeristiwaInput> events = new ArrayList<>();
        events.add(new PeristiwaInput(JenisPeristiwa.KEHAMILAN_BERAKHIR.jsonName(), delivery.tanggal(), null,
                "persalinan"));
        if ("meninggal".equals(delivery.data().get("kondisiIbu"))) {
            events.add(new PeristiwaInput(JenisPeristiwa.MENINGGAL.jsonName(), delivery.tanggal(), null,
                    "meninggal saat persalinan"));
        }
        return List.copyOf(events);
    }
}
