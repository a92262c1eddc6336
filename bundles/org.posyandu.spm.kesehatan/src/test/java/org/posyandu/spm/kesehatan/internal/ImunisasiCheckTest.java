package org.posyandu.spm.kesehatan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.posyandu.api.error.Errors;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.spm.SubmissionContext;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.Warga;
import org.posyandu.spm.testkit.EligibilityContract;

/** The immunisation form against the national schedule and the child's record. */
class ImunisasiCheckTest {
    private static final LocalDate BIRTH = LocalDate.of(2026, 1, 10);
    private static final Warga CHILD = new Warga("w", null, null, "Bayi", JenisKelamin.P, BIRTH, "16.71.17.1003", null,
            null, null, "p", null, null, List.of(), List.of(), null, null);
    private final List<Submission> record = new ArrayList<>();

    private void given(LocalDate on, List<String> vaksin, List<String> elsewhere) {
        Map<String, Object> data = new HashMap<>(Map.of("vaksin", vaksin, "kipi", false));
        if (elsewhere != null) {
            data.put("dosisDiTempatLain", elsewhere);
        }
        record.add(0, new Submission("s" + record.size(), "kesehatan.imunisasi", 2, "p", "w", on, on.toString()
                .substring(0, 7), data, null, "kader"));
    }

    private List<String> refused(LocalDate on, List<String> vaksin, List<String> elsewhere) {
        return refused(CHILD, on, vaksin, elsewhere);
    }

    private List<String> refused(Warga w, LocalDate on, List<String> vaksin, List<String> elsewhere) {
        Map<String, Object> data = new HashMap<>(Map.of("vaksin", vaksin, "kipi", false));
        if (elsewhere != null) {
            data.put("dosisDiTempatLain", elsewhere);
        }
        List<FieldError> errors = EligibilityContract.refusals(new KesehatanModule(), KesehatanModule.IMUNISASI, data,
                new SubmissionContext("p", "16.71.17.1003", on, w, List.copyOf(record)));
        return errors.stream().map(e -> e.field() + " " + e.rule()).toList();
    }

    @Test
    void aScheduleKeptOnTimeIsAccepted() {
        assertEquals(List.of(), refused(BIRTH, List.of("hb0"), null));
        given(BIRTH, List.of("hb0"), null);
        assertEquals(List.of(), refused(BIRTH.plusMonths(1), List.of("bcg", "polio-1"), null));
        given(BIRTH.plusMonths(1), List.of("bcg", "polio-1"), null);
        assertEquals(List.of(), refused(BIRTH.plusMonths(2), List.of("dpt-hb-hib-1", "polio-2", "pcv-1", "rv-1"), null));
        given(BIRTH.plusMonths(2), List.of("dpt-hb-hib-1", "polio-2", "pcv-1", "rv-1"), null);
        assertEquals(List.of(), refused(BIRTH.plusMonths(3), List.of("dpt-hb-hib-2", "polio-3", "pcv-2", "rv-2"), null));
    }

    @Test
    void mr1TwiceIsRefused() {
        given(BIRTH.plusMonths(9), List.of("mr-1"), null);
        assertEquals(List.of("vaksin kesehatan.imunisasi.dosisGanda"), refused(BIRTH.plusMonths(10), List.of("mr-1"), null));
    }

    @Test
    void aThirdDoseOnDayZeroWithoutTheFirstTwoIsRefusedForBoth() {
        assertEquals(List.of("vaksin kesehatan.imunisasi.belumCukupUmur", "vaksin kesehatan.imunisasi.dosisSebelumnyaBelum"),
                refused(BIRTH, List.of("dpt-hb-hib-3"), null));
    }

    @Test
    void aLaterDoseNeedsTheEarlierOneHereOrElsewhere() {
        LocalDate fourMonths = BIRTH.plusMonths(4);
        assertEquals(List.of("vaksin kesehatan.imunisasi.dosisSebelumnyaBelum"), refused(fourMonths, List.of("dpt-hb-hib-2"), null));
        assertEquals(List.of(), refused(fourMonths, List.of("dpt-hb-hib-2"), List.of("dpt-hb-hib-1")));
        // marked elsewhere at an earlier visit counts too, and cannot be given again
        given(BIRTH.plusMonths(3), List.of("polio-1"), List.of("dpt-hb-hib-1"));
        assertEquals(List.of(), refused(fourMonths, List.of("dpt-hb-hib-2"), null));
        assertEquals(List.of("vaksin kesehatan.imunisasi.dosisGanda"), refused(fourMonths, List.of("dpt-hb-hib-1"), null));
        assertEquals(List.of("dosisDiTempatLain kesehatan.imunisasi.dosisGanda"),
                refused(fourMonths, List.of("polio-2"), List.of("polio-1")));
    }

    @Test
    void theMinimumIntervalAfterThePreviousDoseHolds() {
        given(BIRTH.plusMonths(2), List.of("dpt-hb-hib-1"), null);
        assertEquals(List.of("vaksin kesehatan.imunisasi.jarakDosis"),
                refused(BIRTH.plusMonths(2).plusDays(27), List.of("dpt-hb-hib-2"), null));
        assertEquals(List.of(), refused(BIRTH.plusMonths(2).plusDays(28), List.of("dpt-hb-hib-2"), null));
        assertEquals(List.of("vaksin kesehatan.imunisasi.jarakDosis"),
                refused(BIRTH.plusMonths(3), List.of("polio-1", "polio-2"), null), "two doses of a series on one day");
    }

    @Test
    void minimumAgesAndUpperLimits() {
        assertEquals(List.of("vaksin kesehatan.imunisasi.belumCukupUmur"), refused(BIRTH.plusDays(41), List.of("pcv-1"), null));
        assertEquals(List.of(), refused(BIRTH.plusDays(42), List.of("pcv-1"), null));
        assertEquals(List.of("vaksin kesehatan.imunisasi.belumCukupUmur"), refused(BIRTH.plusMonths(8), List.of("mr-1"), null));
        assertEquals(List.of("vaksin kesehatan.imunisasi.lewatBatasUmur"), refused(BIRTH.plusDays(7), List.of("hb0"), null));
        assertEquals(List.of("vaksin kesehatan.imunisasi.lewatBatasUmur"), refused(BIRTH.plusYears(1), List.of("bcg"), null));
        assertEquals(List.of("vaksin kesehatan.imunisasi.lewatBatasUmur"), refused(BIRTH.plusMonths(7), List.of("rv-1"), null));
        assertEquals(BIRTH.plusDays(42 + 28 + 28), ImunisasiCheck.minimumDate("dpt-hb-hib-3", BIRTH));
        assertEquals(BIRTH.plusDays(56), ImunisasiCheck.minimumDate("polio-3", BIRTH));
    }

    @Test
    void bcgForAThirtySixYearOldIsRefusedByWhoTheFormIsFor() {
        Warga mother = new Warga("m", null, null, "Ibu", JenisKelamin.P, LocalDate.of(1990, 3, 1), "16.71.17.1003",
                null, null, null, "p", null, null, List.of(), List.of(), null, null);
        assertEquals(List.of("wargaId sasaran.umur"), refused(mother, LocalDate.of(2026, 10, 1), List.of("bcg"), null));
    }

    @Test
    void theSameDoseTodayAndElsewhereIsRefusedEvenWithoutAResident() {
        Errors errors = new Errors();
        ImunisasiCheck.check(Map.of("vaksin", List.of("bcg"), "dosisDiTempatLain", List.of("bcg")), null, errors);
        assertEquals(List.of("dosisDiTempatLain"), errors.list().stream().map(FieldError::field).toList());
    }
}
