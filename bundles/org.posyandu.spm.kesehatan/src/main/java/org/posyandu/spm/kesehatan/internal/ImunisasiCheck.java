package org.posyandu.spm.kesehatan.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.posyandu.api.error.Errors;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.spm.SubmissionContext;
import org.posyandu.api.warga.Warga;
import org.posyandu.spm.kesehatan.internal.ImunisasiSchedule.Dose;

/**
 * A visit of form {@code kesehatan.imunisasi} against the national schedule ({@link ImunisasiSchedule}) and the
 * child's record (the earlier visits in {@link SubmissionContext#riwayat()}, doses marked as given elsewhere
 * included): no dose twice, none before its minimum age or after its upper age limit, none before the minimum
 * interval after the previous dose of its series, and none without that previous dose unless it is recorded here or
 * marked as given elsewhere. A birth-dated visit of a child (HB0) is the earliest the platform accepts.
 */
final class ImunisasiCheck {
    /** A child's whole record: about 15 visits in the first two years, with room for catch-up visits. */
    static final int RIWAYAT_LIMIT = 60;
    private static final Period SIX_WEEKS = Period.ofDays(42);
    /**
     * The minimum age of each dose that opens a series or is a booster (WHO, Summary of WHO position papers:
     * recommended routine immunizations for children, table 2, minimum age of the first dose; Permenkes 12/2017 for
     * MR): HB0, BCG and polio 1 from birth, DPT-HB-Hib 1, PCV 1, rotavirus 1 and IPV 1 from 6 weeks, MR 1 and JE from
     * 9 months, PCV booster from 9 months, DPT-HB-Hib booster from 12 months, MR booster from 15 months. A later dose
     * of a series is at least the previous dose's minimum age plus the minimum interval.
     */
    private static final Map<String, Period> FIRST_MIN_AGE = Map.ofEntries(Map.entry("hb0", Period.ZERO),
            Map.entry("bcg", Period.ZERO), Map.entry("polio-1", Period.ZERO), Map.entry("dpt-hb-hib-1", SIX_WEEKS),
            Map.entry("pcv-1", SIX_WEEKS), Map.entry("rv-1", SIX_WEEKS), Map.entry("ipv-1", SIX_WEEKS),
            Map.entry("mr-1", Period.ofMonths(9)), Map.entry("je", Period.ofMonths(9)),
            Map.entry("pcv-3", Period.ofMonths(9)), Map.entry("dpt-hb-hib-lanjutan", Period.ofMonths(12)),
            Map.entry("mr-lanjutan", Period.ofMonths(15)));
    private static final Map<String, Dose> BY_ID = new HashMap<>();

    static {
        ImunisasiSchedule.doses().forEach(d -> BY_ID.put(d.id(), d));
    }

    private ImunisasiCheck() {
    }

    /** The earliest day a dose may be given to a child born on {@code birth}. */
    static LocalDate minimumDate(String doseId, LocalDate birth) {
        Dose d = BY_ID.get(doseId);
        Period own = FIRST_MIN_AGE.get(doseId);
        if (own != null || d.previous() == null) {
            return birth.plus(own == null ? d.age() : own);
        }
        return minimumDate(d.previous(), birth).plus(d.minInterval());
    }

    @SuppressWarnings("unchecked")
    private static List<String> doses(Map<String, Object> data, String field) {
        return data.get(field) instanceof List<?> l ? (List<String>) l : List.of();
    }

    static void check(Map<String, Object> data, SubmissionContext context, Errors errors) {
        List<String> today = doses(data, "vaksin");
        List<String> elsewhereNow = doses(data, "dosisDiTempatLain");
        for (String e : elsewhereNow) {
            if (today.contains(e)) {
                errors.add("dosisDiTempatLain", "kesehatan.imunisasi.dosisGanda", name(e)
                        + " tidak bisa diberikan hari ini dan juga sudah diberikan di tempat lain.", name(e)
                        + " cannot be given today and also have been given elsewhere.");
            }
        }
        Warga child = context == null ? null : context.warga();
        if (child == null || child.tanggalLahir() == null) {
            return;
        }
        LocalDate on = context.tanggal();
        Map<String, LocalDate> givenHere = new HashMap<>();
        Set<String> elsewhereEarlier = new HashSet<>();
        for (Submission s : context.riwayat()) {
            doses(s.data(), "vaksin").forEach(d -> givenHere.merge(d, s.tanggal(), (a, b) -> a.isBefore(b) ? a : b));
            elsewhereEarlier.addAll(doses(s.data(), "dosisDiTempatLain"));
        }
        Set<String> elsewhere = new HashSet<>(elsewhereEarlier);
        elsewhere.addAll(elsewhereNow);
        for (String e : elsewhereNow) {
            if (givenHere.containsKey(e)) {
                errors.add("dosisDiTempatLain", "kesehatan.imunisasi.dosisGanda", name(e)
                        + " sudah tercatat diberikan di sini pada " + givenHere.get(e) + ".", name(e)
                        + " is already recorded as given here on " + givenHere.get(e) + ".");
            }
        }
        Visit visit = new Visit(child.tanggalLahir(), on, today, givenHere, elsewhereEarlier, elsewhere);
        for (String id : today) {
            Dose d = BY_ID.get(id);
            if (d != null) {
                visit.check(d, errors);
            }
        }
    }

    /**
     * One visit against the child's record.
     *
     * @param givenHere        doses recorded at earlier visits, with the first date each was given
     * @param elsewhereEarlier doses marked as given elsewhere at earlier visits
     * @param elsewhere        those and the ones marked at this visit
     */
    private record Visit(LocalDate birth, LocalDate on, List<String> today, Map<String, LocalDate> givenHere,
            Set<String> elsewhereEarlier, Set<String> elsewhere) {

        void check(Dose d, Errors errors) {
            // the same dose marked elsewhere in this very visit is refused on dosisDiTempatLain
            if (givenHere.containsKey(d.id()) || elsewhereEarlier.contains(d.id())) {
                LocalDate when = givenHere.get(d.id());
                errors.add("vaksin", "kesehatan.imunisasi.dosisGanda", d.nama() + " sudah diberikan "
                        + (when != null ? "pada " + when : "di tempat lain") + "; satu dosis hanya sekali.", d.nama()
                        + " was already given " + (when != null ? "on " + when : "elsewhere") + "; each dose is given once.");
                return;
            }
            LocalDate earliest = minimumDate(d.id(), birth);
            if (on.isBefore(earliest)) {
                errors.add("vaksin", "kesehatan.imunisasi.belumCukupUmur", d.nama() + " paling cepat diberikan pada "
                        + earliest + " (umur minimal); tanggal ini terlalu awal.", d.nama() + " can be given from "
                        + earliest + " at the earliest (minimum age); this date is too early.");
            }
            if (d.givenBefore() != null && !on.isBefore(birth.plus(d.givenBefore()))) {
                LocalDate limit = birth.plus(d.givenBefore());
                errors.add("vaksin", "kesehatan.imunisasi.lewatBatasUmur", d.nama() + " hanya diberikan sebelum " + limit
                        + " (batas umur); sudah terlewat.", d.nama() + " is only given before " + limit
                        + " (upper age limit); it is too late.");
            }
            String previous = d.previous();
            if (previous == null || elsewhere.contains(previous)) {
                return;
            }
            LocalDate previousOn = today.contains(previous) ? on : givenHere.get(previous);
            if (previousOn == null || previousOn.isAfter(on)) {
                errors.add("vaksin", "kesehatan.imunisasi.dosisSebelumnyaBelum", d.nama() + " hanya setelah "
                        + name(previous) + "; catat dosis itu dulu, atau tandai di 'Dosis sebelumnya yang diberikan di"
                        + " tempat lain'.", d.nama() + " only follows " + name(previous)
                        + "; record that dose first, or mark it as given elsewhere.");
            } else if (on.isBefore(previousOn.plus(d.minInterval()))) {
                LocalDate from = previousOn.plus(d.minInterval());
                errors.add("vaksin", "kesehatan.imunisasi.jarakDosis", d.nama() + " paling cepat "
                        + interval(d.minInterval(), false) + " setelah " + name(previous) + " (" + previousOn
                        + "), yaitu mulai " + from + ".", d.nama() + " is at least " + interval(d.minInterval(), true)
                        + " after " + name(previous) + " (" + previousOn + "), i.e. from " + from + ".");
            }
        }
    }

    private static String interval(Period p, boolean en) {
        return p.toTotalMonths() > 0 ? p.toTotalMonths() + (en ? " months" : " bulan") : p.getDays() + (en ? " days" : " hari");
    }

    private static String name(String doseId) {
        Dose d = BY_ID.get(doseId);
        return d == null ? doseId : d.nama();
    }
}
