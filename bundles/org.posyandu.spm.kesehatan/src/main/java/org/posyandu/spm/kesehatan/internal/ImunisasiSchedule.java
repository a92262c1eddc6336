package org.posyandu.spm.kesehatan.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The national routine immunisation schedule for bayi and baduta (Permenkes 12/2017 tentang Penyelenggaraan
 * Imunisasi, Lampiran, jadwal imunisasi dasar and lanjutan; with the antigens Kemenkes added since: PCV 2+1 at 2, 3
 * and 12 months nationally from 2022–23, rotavirus at 2, 3 and 4 months from August 2023, IPV dose 2 at 9 months from
 * 2023–24; JE at 10 months only where it is endemic, e.g. Bali). The dose ids are the {@code vaksin} options of form
 * {@code kesehatan.imunisasi}. docs/modules/kesehatan-imunisasi.md has the table, the rules and the sources.
 *
 * <p>Status of a dose not yet given, on day {@code asOf}:
 * <ol>
 * <li>{@link Status#TERLEWAT} from the dose's upper age limit on (HB0 from day 7, BCG from 1 year, every rotavirus
 * dose from 7 months): it can no longer be given, so it is not counted as overdue;</li>
 * <li>{@link Status#BELUM_WAKTUNYA} while the previous dose of its series is not given, or before {@code dueFrom}
 * (birth + recommended age, but not before the previous dose + its minimum interval);</li>
 * <li>{@link Status#JATUH_TEMPO} from {@code dueFrom} for one month ({@link #GRACE}), so a dose due at 2 months is late
 * from the day the child is 3 months old, the next monthly Posyandu;</li>
 * <li>{@link Status#TERLAMBAT} after that, except JE (a regional programme), which stays {@code JATUH_TEMPO}.</li>
 * </ol>
 */
final class ImunisasiSchedule {
    private ImunisasiSchedule() {
    }

    enum Status { DIBERIKAN, BELUM_WAKTUNYA, JATUH_TEMPO, TERLAMBAT, TERLEWAT }

    /**
     * One scheduled dose.
     *
     * @param id          the {@code vaksin} option of form {@code kesehatan.imunisasi}
     * @param nama        name in Bahasa Indonesia
     * @param age         recommended age (birth + age = the earliest due date)
     * @param previous    the previous dose of the same series, or {@code null}
     * @param minInterval at least this long after {@code previous} was given; {@code null} without a previous dose
     * @param givenBefore the dose must be given before birth + this age, or {@code null} for no upper age limit
     * @param regional    given only in endemic regions (JE): never {@link Status#TERLAMBAT}
     */
    record Dose(String id, String nama, Period age, String previous, Period minInterval, Period givenBefore,
            boolean regional) {
    }

    record DoseStatus(String id, String nama, Status status, LocalDate dueFrom, LocalDate givenOn) {
    }

    /** A dose is JATUH_TEMPO for one month from its due date, TERLAMBAT after (see the class comment). */
    static final Period GRACE = Period.ofMonths(1);
    /** Minimum interval between doses of the primary series: 4 weeks (Permenkes 12/2017; Kemenkes juknis RV 2023). */
    static final Period FOUR_WEEKS = Period.ofDays(28);
    /** PCV 3 (booster) at least 2 months after the previous PCV dose (IDAI 2020 schedule, PCV catch-up). */
    static final Period PCV_BOOSTER_INTERVAL = Period.ofMonths(2);
    /** DPT-HB-Hib lanjutan at least 12 months after DPT-HB-Hib 3 (Permenkes 12/2017, imunisasi lanjutan baduta). */
    static final Period DPT_BOOSTER_INTERVAL = Period.ofMonths(12);
    /** MR lanjutan at least 6 months after MR 1 (Permenkes 12/2017, imunisasi lanjutan baduta). */
    static final Period MR_BOOSTER_INTERVAL = Period.ofMonths(6);
    /** HB0: best within 24 hours, allowed up to day 6 where access is hard (Permenkes 12/2017: "sampai &lt; 7 hari"). */
    static final Period HB0_LIMIT = Period.ofDays(7);
    /** BCG: optimal before 2 months, may be given until 1 year without a Mantoux test (Permenkes 12/2017). */
    static final Period BCG_LIMIT = Period.ofYears(1);
    /** Rotavirus: the last dose at 6 months 29 days at the latest (Kemenkes, RV introduction, August 2023). */
    static final Period RV_LIMIT = Period.ofMonths(7);

    /**
     * Imunisasi Dasar Lengkap (IDL) as Kemenkes counts it (Profil Kesehatan Indonesia; Renstra 2020–2024): HB0, BCG,
     * polio tetes 1–4, DPT-HB-Hib 1–3 and MR 1. IPV, PCV and rotavirus are scheduled but not part of IDL.
     */
    static final Set<String> DASAR_LENGKAP = Set.of("hb0", "bcg", "polio-1", "polio-2", "polio-3", "polio-4",
            "dpt-hb-hib-1", "dpt-hb-hib-2", "dpt-hb-hib-3", "mr-1");

    private static final List<Dose> DOSES = List.of(
            first("hb0", "Hepatitis B0 (HB0)", Period.ZERO, HB0_LIMIT),
            first("bcg", "BCG", Period.ofMonths(1), BCG_LIMIT),
            first("polio-1", "Polio tetes 1 (OPV 1)", Period.ofMonths(1), null),
            first("dpt-hb-hib-1", "DPT-HB-Hib 1", Period.ofMonths(2), null),
            next("polio-2", "Polio tetes 2 (OPV 2)", Period.ofMonths(2), "polio-1", FOUR_WEEKS, null),
            first("pcv-1", "PCV 1 (pneumokokus)", Period.ofMonths(2), null),
            first("rv-1", "Rotavirus 1 (RV 1)", Period.ofMonths(2), RV_LIMIT),
            next("dpt-hb-hib-2", "DPT-HB-Hib 2", Period.ofMonths(3), "dpt-hb-hib-1", FOUR_WEEKS, null),
            next("polio-3", "Polio tetes 3 (OPV 3)", Period.ofMonths(3), "polio-2", FOUR_WEEKS, null),
            next("pcv-2", "PCV 2 (pneumokokus)", Period.ofMonths(3), "pcv-1", FOUR_WEEKS, null),
            next("rv-2", "Rotavirus 2 (RV 2)", Period.ofMonths(3), "rv-1", FOUR_WEEKS, RV_LIMIT),
            next("dpt-hb-hib-3", "DPT-HB-Hib 3", Period.ofMonths(4), "dpt-hb-hib-2", FOUR_WEEKS, null),
            next("polio-4", "Polio tetes 4 (OPV 4)", Period.ofMonths(4), "polio-3", FOUR_WEEKS, null),
            first("ipv-1", "Polio suntik 1 (IPV 1)", Period.ofMonths(4), null),
            next("rv-3", "Rotavirus 3 (RV 3)", Period.ofMonths(4), "rv-2", FOUR_WEEKS, RV_LIMIT),
            first("mr-1", "Campak-Rubela 1 (MR 1)", Period.ofMonths(9), null),
            next("ipv-2", "Polio suntik 2 (IPV 2)", Period.ofMonths(9), "ipv-1", FOUR_WEEKS, null),
            new Dose("je", "Japanese Encephalitis (JE, daerah endemis)", Period.ofMonths(10), null, null, null, true),
            next("pcv-3", "PCV 3 (pneumokokus lanjutan)", Period.ofMonths(12), "pcv-2", PCV_BOOSTER_INTERVAL, null),
            next("dpt-hb-hib-lanjutan", "DPT-HB-Hib lanjutan", Period.ofMonths(18), "dpt-hb-hib-3",
                    DPT_BOOSTER_INTERVAL, null),
            next("mr-lanjutan", "Campak-Rubela lanjutan (MR lanjutan)", Period.ofMonths(18), "mr-1",
                    MR_BOOSTER_INTERVAL, null));

    private static Dose first(String id, String nama, Period age, Period givenBefore) {
        return new Dose(id, nama, age, null, null, givenBefore, false);
    }

    private static Dose next(String id, String nama, Period age, String previous, Period interval, Period givenBefore) {
        return new Dose(id, nama, age, previous, interval, givenBefore, false);
    }

    /** The schedule, by recommended age. */
    static List<Dose> doses() {
        return DOSES;
    }

    /**
     * The status of every scheduled dose on {@code asOf}, in the order of {@link #doses()}. {@code dueFrom} is birth +
     * the recommended age, moved later when the previous dose was given too late for the minimum interval; while the
     * previous dose is not given it stays the recommended date (the dose is BELUM_WAKTUNYA all the same).
     *
     * @param given the doses given so far, by dose id, with the date each was given
     */
    static List<DoseStatus> status(LocalDate birth, Map<String, LocalDate> given, LocalDate asOf) {
        List<DoseStatus> out = new ArrayList<>(DOSES.size());
        for (Dose d : DOSES) {
            LocalDate givenOn = given.get(d.id());
            LocalDate dueFrom = birth.plus(d.age());
            LocalDate previousOn = d.previous() == null ? null : given.get(d.previous());
            if (previousOn != null && previousOn.plus(d.minInterval()).isAfter(dueFrom)) {
                dueFrom = previousOn.plus(d.minInterval());
            }
            Status s;
            if (givenOn != null) {
                s = Status.DIBERIKAN;
            } else if (d.givenBefore() != null && !asOf.isBefore(birth.plus(d.givenBefore()))) {
                s = Status.TERLEWAT;
            } else if ((d.previous() != null && previousOn == null) || asOf.isBefore(dueFrom)) {
                s = Status.BELUM_WAKTUNYA;
            } else if (d.regional() || asOf.isBefore(dueFrom.plus(GRACE))) {
                s = Status.JATUH_TEMPO;
            } else {
                s = Status.TERLAMBAT;
            }
            out.add(new DoseStatus(d.id(), d.nama(), s, dueFrom, givenOn));
        }
        return out;
    }

    /** Whether every dose of Imunisasi Dasar Lengkap ({@link #DASAR_LENGKAP}) is given, whenever it was given. */
    static boolean dasarLengkap(Map<String, LocalDate> given) {
        return DASAR_LENGKAP.stream().allMatch(id -> given.get(id) != null);
    }

    /**
     * Whether the child had Imunisasi Dasar Lengkap before the first birthday, as the IDL indicator counts it (the
     * doses of bayi 0–11 months).
     */
    static boolean dasarLengkap(LocalDate birth, Map<String, LocalDate> given) {
        LocalDate firstBirthday = birth.plusYears(1);
        return DASAR_LENGKAP.stream().allMatch(id -> given.get(id) != null && given.get(id).isBefore(firstBirthday));
    }
}
