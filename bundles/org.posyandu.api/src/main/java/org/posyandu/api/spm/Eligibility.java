package org.posyandu.api.spm;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.posyandu.api.error.FieldError;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.KelompokSasaran;

/**
 * Who a form may be about (its sasaran): target groups, an age range at the visit date, a sex. Every part is
 * optional; a resident must meet every part given. The core checks it for every submission naming a resident and
 * serves it in the form's JSON Schema as {@code x-sasaran} (see {@link #toJson()}), so a client can list only the
 * residents a form fits. Rules that depend on a value of the form (a PPKS category for the elderly only) stay in
 * {@link SpmModule#validate}.
 *
 * @param kelompok     the resident belongs to at least one of these groups on the visit date
 *                     ({@link KelompokSasaran#derive}); empty for any
 * @param umurMin      completed age at the visit date at least this, or {@code null}
 * @param umurMaks     completed age at the visit date at most this (so "0–59 bulan" is {@code umurMaks} 59
 *                     months: a child is in until the day it completes 60), or {@code null}
 * @param jenisKelamin only residents of this sex, or {@code null} for both
 */
public record Eligibility(Set<KelompokSasaran> kelompok, Umur umurMin, Umur umurMaks, JenisKelamin jenisKelamin) {

    /** No restriction: what a module that declares nothing gets. */
    public static final Eligibility ANYONE = new Eligibility(Set.of(), null, null, null);

    /** Target groups in words for a message (the web app shows the same words, sasaran.js). */
    private static final Map<KelompokSasaran, String> WORDS = Map.of(KelompokSasaran.BAYI, "bayi",
            KelompokSasaran.BALITA, "balita", KelompokSasaran.IBU_HAMIL, "ibu hamil", KelompokSasaran.REMAJA, "remaja",
            KelompokSasaran.USIA_PRODUKTIF, "usia produktif", KelompokSasaran.LANSIA, "lansia");
    private static final Map<KelompokSasaran, String> WORDS_EN = Map.of(KelompokSasaran.BAYI, "infants",
            KelompokSasaran.BALITA, "under-fives", KelompokSasaran.IBU_HAMIL, "pregnant women",
            KelompokSasaran.REMAJA, "adolescents", KelompokSasaran.USIA_PRODUKTIF, "productive age",
            KelompokSasaran.LANSIA, "elderly");

    /** Units of an age bound, counted in completed units as {@link ChronoUnit#between} counts them. */
    public enum Satuan {
        HARI(ChronoUnit.DAYS, "hari", "days"), BULAN(ChronoUnit.MONTHS, "bulan", "months"),
        TAHUN(ChronoUnit.YEARS, "tahun", "years");

        private final ChronoUnit unit;
        private final String label;
        private final String labelEn;

        Satuan(ChronoUnit unit, String label, String labelEn) {
            this.unit = unit;
            this.label = label;
            this.labelEn = labelEn;
        }

        public ChronoUnit unit() {
            return unit;
        }

        /** The JSON name and Indonesian word: {@code hari}, {@code bulan}, {@code tahun}. */
        public String label() {
            return label;
        }
    }

    /** An age: {@code nilai} completed {@code satuan}. */
    public record Umur(int nilai, Satuan satuan) {
        public Umur {
            Objects.requireNonNull(satuan, "satuan");
            if (nilai < 0) {
                throw new IllegalArgumentException("age " + nilai + " is negative");
            }
        }

        public static Umur hari(int n) {
            return new Umur(n, Satuan.HARI);
        }

        public static Umur bulan(int n) {
            return new Umur(n, Satuan.BULAN);
        }

        public static Umur tahun(int n) {
            return new Umur(n, Satuan.TAHUN);
        }

        /** The completed age of someone born on {@code birth} on day {@code on}, in this bound's unit. */
        long of(LocalDate birth, LocalDate on) {
            return satuan.unit().between(birth, on);
        }

        /** {@code {"nilai": 59, "satuan": "bulan"}}, in that order. */
        public Map<String, Object> toJson() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("nilai", nilai);
            out.put("satuan", satuan.label);
            return out;
        }

        @Override
        public String toString() {
            return nilai + " " + satuan.label;
        }

        String en() {
            return nilai + " " + satuan.labelEn;
        }
    }

    public Eligibility {
        kelompok = kelompok == null || kelompok.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kelompok));
        if (umurMin != null && umurMaks != null && umurMin.satuan() == umurMaks.satuan()
                && umurMin.nilai() > umurMaks.nilai()) {
            throw new IllegalArgumentException("age range " + umurMin + " to " + umurMaks + " is empty");
        }
    }

    /** Residents of these groups (any one of them). */
    public static Eligibility kelompok(KelompokSasaran... groups) {
        return new Eligibility(Set.of(groups), null, null, null);
    }

    /** Residents whose completed age at the visit is from {@code min} to {@code max} (either may be null). */
    public static Eligibility umur(Umur min, Umur max) {
        return new Eligibility(Set.of(), min, max, null);
    }

    public Eligibility withJenisKelamin(JenisKelamin sex) {
        return new Eligibility(kelompok, umurMin, umurMaks, sex);
    }

    public Eligibility withUmur(Umur min, Umur max) {
        return new Eligibility(kelompok, min, max, jenisKelamin);
    }

    public boolean isAnyone() {
        return kelompok.isEmpty() && umurMin == null && umurMaks == null && jenisKelamin == null;
    }

    /**
     * The broken parts for a resident on the visit date, each a {@link FieldError} on {@code wargaId} (rules
     * {@code sasaran.umur}, {@code sasaran.jenisKelamin}, {@code sasaran.kelompok}); empty when the resident fits.
     * An unknown birth date or sex skips the parts that need it (the resident's record is checked elsewhere).
     *
     * @param formTitle the form's Indonesian title, for the message
     */
    public List<FieldError> check(String formTitle, LocalDate birth, JenisKelamin sex, LocalDate hpht,
            LocalDate on) {
        List<FieldError> out = new ArrayList<>();
        if (birth != null && !ageFits(birth, on)) {
            out.add(new FieldError("wargaId", "sasaran.umur",
                    "Formulir " + formTitle + " untuk warga " + ageText(false) + "; warga ini pada " + on + " berumur "
                            + describeAge(birth, on, false) + ".",
                    "This form is for residents " + ageText(true) + "; on " + on + " this resident is "
                            + describeAge(birth, on, true) + " old."));
        }
        if (jenisKelamin != null && sex != null && sex != jenisKelamin) {
            out.add(new FieldError("wargaId", "sasaran.jenisKelamin",
                    "Formulir " + formTitle + " hanya untuk warga " + (jenisKelamin == JenisKelamin.P ? "perempuan"
                            : "laki-laki") + ".",
                    "This form is only for " + (jenisKelamin == JenisKelamin.P ? "women and girls" : "men and boys") + "."));
        }
        if (!kelompok.isEmpty() && birth != null) {
            EnumSet<KelompokSasaran> groups = KelompokSasaran.derive(birth, sex, hpht, on);
            if (kelompok.stream().noneMatch(groups::contains)) {
                out.add(new FieldError("wargaId", "sasaran.kelompok",
                        "Formulir " + formTitle + " untuk kelompok sasaran " + groupWords(false) + "; warga ini pada "
                                + on + " bukan termasuk kelompok itu.",
                        "This form is for the target group(s) " + groupWords(true) + "; on " + on
                                + " this resident is not in any of them."));
            }
        }
        return out;
    }

    private boolean ageFits(LocalDate birth, LocalDate on) {
        return (umurMin == null || umurMin.of(birth, on) >= umurMin.nilai())
                && (umurMaks == null || umurMaks.of(birth, on) <= umurMaks.nilai());
    }

    private String ageText(boolean en) {
        if (umurMin != null && umurMaks != null) {
            boolean sameUnit = umurMin.satuan() == umurMaks.satuan();
            return en ? "aged " + (sameUnit ? umurMin.nilai() : umurMin.en()) + "–" + umurMaks.en()
                    : "umur " + (sameUnit ? umurMin.nilai() : umurMin) + "–" + umurMaks;
        }
        if (umurMin != null) {
            return en ? "aged " + umurMin.en() + " and over" : "umur " + umurMin + " ke atas";
        }
        return en ? "aged at most " + umurMaks.en() : "umur paling tinggi " + umurMaks;
    }

    private static String describeAge(LocalDate birth, LocalDate on, boolean en) {
        long years = ChronoUnit.YEARS.between(birth, on);
        long months = ChronoUnit.MONTHS.between(birth, on);
        if (years >= 2) {
            return years + (en ? " years" : " tahun");
        }
        if (months >= 1) {
            return months + (en ? " months" : " bulan");
        }
        return ChronoUnit.DAYS.between(birth, on) + (en ? " days" : " hari");
    }

    /** The form's groups in words for a message: "ibu hamil, balita" (en: "pregnant women, under-fives"). */
    private String groupWords(boolean en) {
        return kelompok.stream().sorted().map(g -> en ? WORDS_EN.get(g) : WORDS.get(g)).collect(Collectors.joining(", "));
    }

    private List<String> groupNames() {
        return kelompok.stream().sorted().map(KelompokSasaran::jsonName).toList();
    }

    /**
     * The {@code x-sasaran} member of a form's JSON Schema: {@code kelompok} (list of group names, any one),
     * {@code umurMin}/{@code umurMaks} ({@code {"nilai": 59, "satuan": "bulan"}}, completed units, both ends
     * included), {@code jenisKelamin} ({@code "L"}/{@code "P"}); absent parts are left out.
     */
    public Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!kelompok.isEmpty()) {
            out.put("kelompok", groupNames());
        }
        if (umurMin != null) {
            out.put("umurMin", umurMin.toJson());
        }
        if (umurMaks != null) {
            out.put("umurMaks", umurMaks.toJson());
        }
        if (jenisKelamin != null) {
            out.put("jenisKelamin", jenisKelamin.name().toUpperCase(Locale.ROOT));
        }
        return out;
    }
}
