package org.posyandu.api.warga;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;

/**
 * Target groups a Posyandu serves, derived from age, sex and pregnancy on a given day; never typed in.
 * Groups overlap: a bayi is also a balita, a 16-year-old is remaja and usia produktif.
 * <p>
 * Ages are completed months/years as {@link ChronoUnit#MONTHS}/{@link ChronoUnit#YEARS} {@code between} count
 * them (the same as {@link java.time.Period#between}): a month is complete only when the day of month is
 * reached again, so a child born on 31 January 2024 is still 0 months old on 29 February and 1 month old on
 * 1 March; someone born on 29 February completes a year on 1 March in non-leap years. This errs towards the
 * younger group at month ends, which keeps a child in bayi/balita services rather than dropping it a day early.
 */
public enum KelompokSasaran {
    /** 0–11 months. */
    BAYI,
    /** 0–59 months. */
    BALITA,
    /** Pregnant: HPHT within the last 42 weeks. */
    IBU_HAMIL,
    /** 10–18 years (Permenkes 25/2014). */
    REMAJA,
    /** 15–59 years (Kemenkes usia produktif screening). */
    USIA_PRODUKTIF,
    /** 60 years and older (UU 13/1998). */
    LANSIA;

    /** 42 weeks: a pregnancy dated by HPHT has ended by then. */
    private static final int PREGNANCY_DAYS = 294;

    /** The name used in JSON, lower snake case: {@code bayi}, {@code ibu_hamil}, {@code usia_produktif}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The groups a person belongs to on day {@code on}.
     *
     * @param birthDate date of birth; {@code null} or after {@code on} gives an empty set (the caller reports
     *                  an impossible birth date, this only classifies)
     * @param hpht      first day of the last menstrual period, {@code null} if not pregnant; counts only for
     *                  sex P, from that day up to 293 days later
     */
    public static EnumSet<KelompokSasaran> derive(LocalDate birthDate, JenisKelamin sex, LocalDate hpht,
            LocalDate on) {
        return derive(birthDate, sex, hpht, null, on);
    }

    /**
     * The groups a person belongs to on day {@code on}, with a recorded end of pregnancy: a pregnancy dated by
     * {@code hpht} has ended when {@code pregnancyEnded} is on or after the HPHT and not after {@code on} (a delivery
     * or a miscarriage ends it before the 42 weeks). A later HPHT is a new pregnancy.
     */
    public static EnumSet<KelompokSasaran> derive(LocalDate birthDate, JenisKelamin sex, LocalDate hpht,
            LocalDate pregnancyEnded, LocalDate on) {
        EnumSet<KelompokSasaran> groups = EnumSet.noneOf(KelompokSasaran.class);
        if (birthDate == null || birthDate.isAfter(on)) {
            return groups;
        }
        long months = ChronoUnit.MONTHS.between(birthDate, on);
        long years = ChronoUnit.YEARS.between(birthDate, on);
        if (months <= 11) {
            groups.add(BAYI);
        }
        if (months <= 59) {
            groups.add(BALITA);
        }
        if (years >= 10 && years <= 18) {
            groups.add(REMAJA);
        }
        if (years >= 15 && years <= 59) {
            groups.add(USIA_PRODUKTIF);
        }
        if (years >= 60) {
            groups.add(LANSIA);
        }
        if (sex == JenisKelamin.P && hpht != null) {
            long days = ChronoUnit.DAYS.between(hpht, on);
            boolean ended = pregnancyEnded != null && !pregnancyEnded.isBefore(hpht) && !pregnancyEnded.isAfter(on);
            if (days >= 0 && days < PREGNANCY_DAYS && !ended) {
                groups.add(IBU_HAMIL);
            }
        }
        return groups;
    }
}
