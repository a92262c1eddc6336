package org.posyandu.anthro;

/**
 * Permenkes RI No. 2 Tahun 2020 (Standar Antropometri Anak), ages 0–60 months; {@code null} where the z-score is.
 *
 * @param bbU  BB/U: {@code sangat_kurang} (&lt; −3), {@code kurang} (−3 to &lt; −2), {@code normal} (−2 to +1),
 *             {@code risiko_lebih} (&gt; +1)
 * @param tbU  PB/U or TB/U: {@code sangat_pendek} (&lt; −3), {@code pendek} (−3 to &lt; −2), {@code normal}
 *             (−2 to +3), {@code tinggi} (&gt; +3)
 * @param bbTb BB/PB or BB/TB: {@code gizi_buruk} (&lt; −3), {@code gizi_kurang} (−3 to &lt; −2), {@code gizi_baik}
 *             (−2 to +1), {@code berisiko_gizi_lebih} (&gt; +1 to +2), {@code gizi_lebih} (&gt; +2 to +3),
 *             {@code obesitas} (&gt; +3)
 * @param imtU IMT/U: the same six classes and cut-offs as BB/PB
 */
public record Classification(String bbU, String tbU, String bbTb, String imtU) {

    static Classification of(Double wfa, Double lhfa, Double wflh, Double bfa) {
        return new Classification(wfa == null ? null : bbU(wfa), lhfa == null ? null : tbU(lhfa),
                wflh == null ? null : nutrition(wflh), bfa == null ? null : nutrition(bfa));
    }

    static String bbU(double z) {
        return z < -3 ? "sangat_kurang" : z < -2 ? "kurang" : z <= 1 ? "normal" : "risiko_lebih";
    }

    static String tbU(double z) {
        return z < -3 ? "sangat_pendek" : z < -2 ? "pendek" : z <= 3 ? "normal" : "tinggi";
    }

    static String nutrition(double z) {
        return z < -3 ? "gizi_buruk" : z < -2 ? "gizi_kurang" : z <= 1 ? "gizi_baik" : z <= 2 ? "berisiko_gizi_lebih"
                : z <= 3 ? "gizi_lebih" : "obesitas";
    }
}
