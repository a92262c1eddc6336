package org.posyandu.core.internal.warga;

import java.time.LocalDate;
import java.util.function.Predicate;

import org.posyandu.api.error.Errors;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.JenisPeristiwa;
import org.posyandu.api.warga.PeristiwaInput;
import org.posyandu.api.warga.Warga;
import org.posyandu.core.internal.db.Fields;

/** The rules of a life event recorded by hand, and of services about a resident who died or moved away. */
public final class PeristiwaRules {
    private PeristiwaRules() {
    }

    /** An event that passed every rule; {@code tujuan} is the Posyandu of a move, {@code null} otherwise. */
    record Valid(JenisPeristiwa jenis, LocalDate tanggal, String tujuan, String keterangan) {
    }

    static Valid validate(Warga w, PeristiwaInput in, Predicate<String> posyanduExists) {
        Errors errors = new Errors();
        JenisPeristiwa jenis = null;
        if (errors.require("jenis", Fields.clean(in.jenis()))) {
            jenis = JenisPeristiwa.of(in.jenis().strip()).orElse(null);
            if (jenis == null) {
                errors.add("jenis", "enum", "Pilihan: meninggal, pindah, kehamilan_berakhir.",
                        "Allowed: meninggal, pindah, kehamilan_berakhir.");
            }
        }
        LocalDate tanggal = in.tanggal();
        if (errors.require("tanggal", tanggal)) {
            Fields.notInFuture(errors, "tanggal", tanggal);
            if (tanggal.isBefore(w.tanggalLahir())) {
                errors.add("tanggal", "notBeforeBirth", "Tanggal tidak boleh sebelum tanggal lahir warga ("
                        + w.tanggalLahir() + ").", "The date cannot be before the resident's birth date ("
                        + w.tanggalLahir() + ").");
            }
        }
        String keterangan = Fields.clean(in.keterangan());
        errors.maxLength("keterangan", keterangan, 255);
        String tujuan = Fields.clean(in.posyanduTujuan());
        if (tujuan != null && jenis != JenisPeristiwa.PINDAH) {
            errors.add("posyanduTujuan", "notApplicable", "Posyandu tujuan hanya untuk peristiwa pindah.",
                    "A destination Posyandu applies to a move only.");
        } else if (tujuan != null && tujuan.equals(w.posyanduId())) {
            errors.add("posyanduTujuan", "pindah.samaPosyandu", "Warga sudah dilayani Posyandu ini.",
                    "The resident is already served by this Posyandu.");
        } else if (tujuan != null && !(Fields.isId(tujuan) && posyanduExists.test(tujuan))) {
            errors.add("posyanduTujuan", "posyandu.exists", "Posyandu tujuan tidak ditemukan.",
                    "The destination Posyandu was not found.");
        }
        if (jenis == JenisPeristiwa.KEHAMILAN_BERAKHIR) {
            pregnancy(errors, w, tanggal, keterangan);
        }
        if (!Warga.AKTIF.equals(w.status())) {
            errors.add(gone(w));
        }
        errors.throwIfAny();
        return new Valid(jenis, tanggal, tujuan, keterangan);
    }

    /** A pregnancy ends only if one is recorded and still running, on or after its HPHT, and by hand with a reason. */
    private static void pregnancy(Errors errors, Warga w, LocalDate tanggal, String keterangan) {
        boolean running = w.jenisKelamin() == JenisKelamin.P && w.hpht() != null
                && (w.kehamilanBerakhir() == null || w.kehamilanBerakhir().isBefore(w.hpht()));
        if (!running) {
            errors.add("jenis", "kehamilan.tidakTercatat",
                    "Warga ini tidak tercatat hamil (HPHT kosong atau kehamilannya sudah berakhir).",
                    "No running pregnancy is recorded for this resident (no HPHT, or it has ended).");
        } else if (tanggal != null && tanggal.isBefore(w.hpht())) {
            errors.add("tanggal", "kehamilan.sebelumHpht", "Kehamilan tidak dapat berakhir sebelum HPHT (" + w.hpht()
                    + ").", "A pregnancy cannot end before its HPHT (" + w.hpht() + ").");
        }
        if (keterangan == null) {
            errors.add("keterangan", "required", "Tulis sebabnya, misalnya keguguran.",
                    "Say why, e.g. keguguran (miscarriage).");
        }
    }

    /** The resident died or moved away: nothing more can happen to the record here. */
    static FieldError gone(Warga w) {
        if (w.tanggalKeluar() == null) {
            // found gone only inside the transaction: another request recorded it a moment ago
            return new FieldError("wargaId", "warga.keluar", "Warga sudah tercatat meninggal atau pindah.",
                    "The resident has been recorded as died or moved away.");
        }
        boolean died = "meninggal".equals(w.status());
        return new FieldError("wargaId", "warga.keluar", "Warga sudah " + (died ? "meninggal" : "pindah keluar wilayah")
                + " pada " + w.tanggalKeluar() + "; tidak ada peristiwa atau layanan sesudahnya.", "The resident "
                + (died ? "died" : "moved away") + " on " + w.tanggalKeluar() + "; nothing can be recorded after that.");
    }

    /**
     * Refuses a service, visit or survey about a resident dated after the resident died or moved away (the day itself
     * is allowed: a visit on the day of death happened). Called for every submission about a resident.
     */
    public static void checkPresent(Errors errors, Warga w, LocalDate tanggal) {
        if (w != null && tanggal != null && w.tanggalKeluar() != null && tanggal.isAfter(w.tanggalKeluar())) {
            errors.add(gone(w));
        }
    }
}
