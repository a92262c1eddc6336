package org.posyandu.spm.kesehatan.internal;

import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.posyandu.api.error.Errors;
import org.posyandu.api.spm.Eligibility;
import org.posyandu.api.spm.Eligibility.Umur;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.SubmissionContext;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.Warga;

/**
 * Who each kesehatan form is for ({@link KesehatanModule#eligibility}), which the platform checks and serves as
 * {@code x-sasaran}, and the one rule of who that depends on a value: the vitamin A capsule's colour by age.
 */
final class KesehatanSasaran {
    /** Balita: 0–59 completed months (Permenkes 4/2019 SPM pelayanan kesehatan balita; KelompokSasaran.BALITA). */
    static final Eligibility BALITA = Eligibility.umur(Umur.bulan(0), Umur.bulan(59));
    /**
     * Pregnancy, delivery and postpartum: women aged 10–55. Wider than usia subur (15–49, Kemenkes) on purpose, so a
     * pregnancy of a girl of 10–14 or a woman in her early fifties is still recorded; outside it the record is a
     * mistake (a wrong resident or birth date). HPHT is not required: ANC is often the first record of a pregnancy.
     */
    static final Eligibility IBU = Eligibility.umur(Umur.tahun(10), Umur.tahun(55)).withJenisKelamin(JenisKelamin.P);
    /** Screening of usia produktif and lansia: 15 years and over (Permenkes 4/2019: usia produktif 15–59, lansia 60+). */
    static final Eligibility DEWASA = Eligibility.umur(Umur.tahun(KesehatanModule.USIA_PRODUKTIF_MIN_YEARS), null);

    private static final Map<String, Eligibility> BY_FORM = Map.of(
            KesehatanModule.BALITA.id(), BALITA,
            KesehatanModule.PENIMBANGAN.id(), BALITA,
            KesehatanModule.IMUNISASI.id(), BALITA,
            KesehatanModule.ANC.id(), IBU,
            KesehatanModule.PERSALINAN.id(), IBU,
            KesehatanModule.NIFAS.id(), IBU,
            KesehatanModule.SKRINING.id(), DEWASA);

    /** Vitamin A capsules (Kemenkes, Juknis pemberian kapsul vitamin A): biru 6–11 months, merah 12–59 months. */
    private static final Map<String, long[]> VITAMIN_A_MONTHS = Map.of("biru", new long[] { 6, 11 },
            "merah", new long[] { 12, 59 });

    private KesehatanSasaran() {
    }

    static Eligibility of(FormDefinition form) {
        return BY_FORM.getOrDefault(form.id(), Eligibility.ANYONE);
    }

    /** A blue capsule only at 6–11 months, a red one only at 12–59 months, on the weighing date. */
    static void checkVitaminA(Map<String, Object> data, SubmissionContext context, Errors errors) {
        Warga child = context == null ? null : context.warga();
        if (child == null || child.tanggalLahir() == null || !(data.get("vitaminA") instanceof String colour)) {
            return;
        }
        long[] months = VITAMIN_A_MONTHS.get(colour);
        long age = ChronoUnit.MONTHS.between(child.tanggalLahir(), context.tanggal());
        if (months != null && (age < months[0] || age > months[1])) {
            errors.add("vitaminA", "kesehatan.vitaminAUmur",
                    "Kapsul vitamin A " + colour + " untuk anak umur " + months[0] + "–" + months[1]
                            + " bulan; anak ini berumur " + age + " bulan pada " + context.tanggal() + ".",
                    "The " + (colour.equals("biru") ? "blue" : "red") + " vitamin A capsule is for children aged "
                            + months[0] + "–" + months[1] + " months; this child is " + age + " months old on "
                            + context.tanggal() + ".");
        }
    }
}
