package org.posyandu.spm.kesehatan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.posyandu.api.spm.Choice;
import org.posyandu.spm.kesehatan.internal.ImunisasiSchedule.DoseStatus;
import org.posyandu.spm.kesehatan.internal.ImunisasiSchedule.Status;

class ImunisasiScheduleTest {
    private static final LocalDate BIRTH = LocalDate.of(2024, 1, 15);

    private static Map<String, DoseStatus> status(LocalDate birth, Map<String, LocalDate> given, LocalDate asOf) {
        return ImunisasiSchedule.status(birth, given, asOf).stream()
                .collect(Collectors.toMap(DoseStatus::id, Function.identity()));
    }

    private static Status of(String id, LocalDate birth, Map<String, LocalDate> given, LocalDate asOf) {
        return status(birth, given, asOf).get(id).status();
    }

    private static Map<String, LocalDate> dasar(LocalDate on) {
        Map<String, LocalDate> given = new HashMap<>();
        ImunisasiSchedule.DASAR_LENGKAP.forEach(id -> given.put(id, on));
        return given;
    }

    @Test
    void newbornOnDayZeroIsDueForHb0Only() {
        Map<String, DoseStatus> s = status(BIRTH, Map.of(), BIRTH);
        assertEquals(Status.JATUH_TEMPO, s.get("hb0").status());
        assertEquals(BIRTH, s.get("hb0").dueFrom());
        assertEquals(Status.BELUM_WAKTUNYA, s.get("bcg").status());
        assertEquals(BIRTH.plusMonths(1), s.get("bcg").dueFrom());
        s.values().stream().filter(d -> !d.id().equals("hb0"))
                .forEach(d -> assertEquals(Status.BELUM_WAKTUNYA, d.status(), d.id()));
    }

    @Test
    void aThreeMonthOldWithNothingGivenIsLateForTheTwoMonthDoses() {
        // one month of grace, whatever the month lengths: late on the day the child turns 3 months
        for (LocalDate birth : List.of(BIRTH, LocalDate.of(2023, 12, 31), LocalDate.of(2024, 7, 1),
                LocalDate.of(2023, 11, 30), LocalDate.of(2024, 1, 31))) {
            LocalDate threeMonths = birth.plusMonths(3);
            Map<String, DoseStatus> s = status(birth, Map.of(), threeMonths);
            for (String id : List.of("dpt-hb-hib-1", "pcv-1", "rv-1", "bcg", "polio-1")) {
                assertEquals(Status.TERLAMBAT, s.get(id).status(), id + " born " + birth);
            }
            LocalDate due = s.get("dpt-hb-hib-1").dueFrom();
            assertEquals(birth.plusMonths(2), due);
            assertEquals(Status.JATUH_TEMPO, of("dpt-hb-hib-1", birth, Map.of(), due), "born " + birth);
            assertEquals(Status.JATUH_TEMPO, of("dpt-hb-hib-1", birth, Map.of(), due.plusMonths(1).minusDays(1)), "born " + birth);
            // the second doses wait for the first
            assertEquals(Status.BELUM_WAKTUNYA, s.get("dpt-hb-hib-2").status());
            assertEquals(Status.BELUM_WAKTUNYA, s.get("polio-2").status());
            assertEquals(Status.TERLEWAT, s.get("hb0").status());
        }
    }

    @Test
    void aLateFirstDosePushesTheSecondByTheMinimumInterval() {
        LocalDate dpt1 = BIRTH.plusMonths(3).plusDays(10); // 10 days after DPT-HB-Hib 2 would be due
        Map<String, LocalDate> given = Map.of("dpt-hb-hib-1", dpt1);
        DoseStatus dpt2 = status(BIRTH, given, dpt1.plusDays(27)).get("dpt-hb-hib-2");
        assertEquals(dpt1.plusDays(28), dpt2.dueFrom());
        assertEquals(Status.BELUM_WAKTUNYA, dpt2.status());
        assertEquals(Status.JATUH_TEMPO, of("dpt-hb-hib-2", BIRTH, given, dpt1.plusDays(28)));
        assertEquals(Status.TERLAMBAT, of("dpt-hb-hib-2", BIRTH, given, dpt1.plusDays(28).plusMonths(1)));
        // on time, the recommended age wins
        Map<String, LocalDate> onTime = Map.of("dpt-hb-hib-1", BIRTH.plusMonths(2));
        assertEquals(BIRTH.plusMonths(3), status(BIRTH, onTime, BIRTH.plusMonths(3)).get("dpt-hb-hib-2").dueFrom());
    }

    @Test
    void boostersWaitTheirLongerInterval() {
        Map<String, LocalDate> given = Map.of("dpt-hb-hib-3", BIRTH.plusMonths(10), "mr-1", BIRTH.plusMonths(15),
                "pcv-2", BIRTH.plusMonths(11));
        Map<String, DoseStatus> s = status(BIRTH, given, BIRTH.plusMonths(18));
        assertEquals(BIRTH.plusMonths(22), s.get("dpt-hb-hib-lanjutan").dueFrom());
        assertEquals(Status.BELUM_WAKTUNYA, s.get("dpt-hb-hib-lanjutan").status());
        assertEquals(BIRTH.plusMonths(21), s.get("mr-lanjutan").dueFrom());
        assertEquals(BIRTH.plusMonths(13), s.get("pcv-3").dueFrom());
        assertEquals(Status.TERLAMBAT, s.get("pcv-3").status());
    }

    @Test
    void hb0IsMissedFromDaySevenAndNotCountedLate() {
        assertEquals(Status.JATUH_TEMPO, of("hb0", BIRTH, Map.of(), BIRTH.plusDays(6)));
        assertEquals(Status.TERLEWAT, of("hb0", BIRTH, Map.of(), BIRTH.plusDays(7)));
        assertEquals(Status.TERLEWAT, of("hb0", BIRTH, Map.of(), BIRTH.plusMonths(6)));
        // given in time, it stays given
        DoseStatus given = status(BIRTH, Map.of("hb0", BIRTH), BIRTH.plusYears(2)).get("hb0");
        assertEquals(Status.DIBERIKAN, given.status());
        assertEquals(BIRTH, given.givenOn());
    }

    @Test
    void bcgAndRotavirusHaveUpperAgeLimits() {
        assertEquals(Status.TERLAMBAT, of("bcg", BIRTH, Map.of(), BIRTH.plusYears(1).minusDays(1)));
        assertEquals(Status.TERLEWAT, of("bcg", BIRTH, Map.of(), BIRTH.plusYears(1)));
        Map<String, LocalDate> rv1 = Map.of("rv-1", BIRTH.plusMonths(5).plusDays(10));
        LocalDate lastDay = BIRTH.plusMonths(7).minusDays(1); // 6 months 29 days or so
        assertEquals(Status.JATUH_TEMPO, of("rv-2", BIRTH, rv1, lastDay));
        assertEquals(Status.TERLEWAT, of("rv-2", BIRTH, rv1, BIRTH.plusMonths(7)));
        // missed for good even though RV 1 was never given
        Map<String, DoseStatus> s = status(BIRTH, Map.of(), BIRTH.plusMonths(8));
        for (String id : List.of("rv-1", "rv-2", "rv-3")) {
            assertEquals(Status.TERLEWAT, s.get(id).status(), id);
        }
        assertEquals(Status.TERLAMBAT, s.get("dpt-hb-hib-1").status(), "DPT-HB-Hib has no upper limit here");
    }

    @Test
    void jeIsNeverLate() {
        assertEquals(Status.BELUM_WAKTUNYA, of("je", BIRTH, Map.of(), BIRTH.plusMonths(10).minusDays(1)));
        for (LocalDate day : List.of(BIRTH.plusMonths(10), BIRTH.plusMonths(12), BIRTH.plusYears(5))) {
            assertEquals(Status.JATUH_TEMPO, of("je", BIRTH, Map.of(), day), day.toString());
        }
        // a national dose due at the same age is late by then
        assertEquals(Status.TERLAMBAT, of("mr-1", BIRTH, Map.of(), BIRTH.plusMonths(12)));
        assertEquals(Status.DIBERIKAN, of("je", BIRTH, Map.of("je", BIRTH.plusMonths(10)), BIRTH.plusYears(5)));
    }

    @Test
    void dasarLengkapNeedsTheTenBasicDoses() {
        LocalDate on = BIRTH.plusMonths(9);
        assertTrue(ImunisasiSchedule.dasarLengkap(dasar(on)), "IPV, PCV and RV are not part of IDL");
        Map<String, LocalDate> withExtras = dasar(on);
        withExtras.put("ipv-1", on);
        withExtras.put("je", on);
        assertTrue(ImunisasiSchedule.dasarLengkap(withExtras));
        for (String missing : ImunisasiSchedule.DASAR_LENGKAP) {
            Map<String, LocalDate> given = dasar(on);
            given.remove(missing);
            assertFalse(ImunisasiSchedule.dasarLengkap(given), missing);
        }
        assertFalse(ImunisasiSchedule.dasarLengkap(Map.of()));
        assertEquals(Set.of("hb0", "bcg", "polio-1", "polio-2", "polio-3", "polio-4", "dpt-hb-hib-1", "dpt-hb-hib-2",
                "dpt-hb-hib-3", "mr-1"), ImunisasiSchedule.DASAR_LENGKAP);
    }

    @Test
    void dasarLengkapWithBirthCountsOnlyDosesBeforeTheFirstBirthday() {
        Map<String, LocalDate> given = dasar(BIRTH.plusMonths(9));
        assertTrue(ImunisasiSchedule.dasarLengkap(BIRTH, given));
        given.put("mr-1", BIRTH.plusYears(1));
        assertFalse(ImunisasiSchedule.dasarLengkap(BIRTH, given), "MR 1 on the first birthday is too late for IDL");
        assertTrue(ImunisasiSchedule.dasarLengkap(given), "but the doses are all there");
    }

    @Test
    void statusListsEveryScheduledDoseInScheduleOrder() {
        List<String> ids = ImunisasiSchedule.doses().stream().map(ImunisasiSchedule.Dose::id).toList();
        assertEquals(21, ids.size());
        assertEquals(ids.size(), Set.copyOf(ids).size(), "dose ids are unique");
        for (LocalDate asOf : List.of(BIRTH, BIRTH.plusMonths(4), BIRTH.plusYears(3))) {
            List<DoseStatus> s = ImunisasiSchedule.status(BIRTH, Map.of("hb0", BIRTH, "bcg", BIRTH.plusMonths(1)), asOf);
            assertEquals(ids, s.stream().map(DoseStatus::id).toList());
            s.forEach(d -> assertNotEquals(null, d.status()));
        }
        // ordered by recommended age
        LocalDate previous = BIRTH;
        for (ImunisasiSchedule.Dose d : ImunisasiSchedule.doses()) {
            LocalDate due = BIRTH.plus(d.age());
            assertFalse(due.isBefore(previous), d.id());
            previous = due;
        }
    }

    @Test
    void seriesPointToAnEarlierDoseWithAnInterval() {
        List<String> ids = ImunisasiSchedule.doses().stream().map(ImunisasiSchedule.Dose::id).toList();
        for (ImunisasiSchedule.Dose d : ImunisasiSchedule.doses()) {
            if (d.previous() == null) {
                assertNull(d.minInterval(), d.id());
            } else {
                assertTrue(ids.indexOf(d.previous()) >= 0 && ids.indexOf(d.previous()) < ids.indexOf(d.id()), d.id());
                assertTrue(d.minInterval().toTotalMonths() > 0 || d.minInterval().getDays() >= 28, d.id());
            }
        }
    }

    @Test
    void everyDoseIsAnOptionOfTheImunisasiFormAndBack() {
        Set<String> options = KesehatanModule.IMUNISASI.field("vaksin").orElseThrow().choices().stream()
                .map(Choice::value).collect(Collectors.toSet());
        Set<String> scheduled = ImunisasiSchedule.doses().stream().map(ImunisasiSchedule.Dose::id)
                .collect(Collectors.toSet());
        assertEquals(options, scheduled);
        assertTrue(options.containsAll(ImunisasiSchedule.DASAR_LENGKAP));
    }
}
