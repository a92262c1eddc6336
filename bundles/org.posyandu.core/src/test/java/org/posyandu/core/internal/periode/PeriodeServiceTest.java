package org.posyandu.core.internal.periode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.posyandu.api.error.ApiException;
import org.posyandu.api.spm.PeriodLockedException;
import org.posyandu.api.spm.PeriodeEvent;
import org.posyandu.api.spm.PeriodeState;
import org.posyandu.api.spm.VerificationQueue;

/** Verification and locking of a Posyandu's month on a real database, step by step, with who may take each step. */
class PeriodeServiceTest {
    private static final YearMonth OKTOBER = YearMonth.of(2026, 10);
    private final PeriodeFixture f;

    PeriodeServiceTest() throws Exception {
        f = new PeriodeFixture();
    }

    @Test
    void theDesaVerifiesSendsBackWithAReasonAndVerifiesAgainEveryStepInTheHistory() {
        PeriodeState start = f.service.state(f.kader, f.p1, OKTOBER);
        assertEquals("terbuka", start.status());
        assertEquals(LocalDate.of(2026, 11, 5), start.batas());
        assertRefused(403, "forbidden", null, () -> f.service.verify(f.kader, f.p1, OKTOBER));
        assertRefused(404, "not-found", null, () -> f.service.verify(f.otherDesa, f.p1, OKTOBER));

        assertEquals("diverifikasi", f.service.verify(f.desa, f.p1, OKTOBER).status());
        assertRefused(409, "periode-status", "status periode.status", () -> f.service.verify(f.desa, f.p1, OKTOBER));
        assertRefused(422, "validation", "alasan required", () -> f.service.sendBack(f.desa, f.p1, OKTOBER, "  "));
        PeriodeState back = f.service.sendBack(f.desa, f.p1, OKTOBER, "BB Andi 85 kg, periksa lagi");
        assertEquals("dikembalikan", back.status());
        assertEquals("BB Andi 85 kg, periksa lagi", f.service.state(f.kader, f.p1, OKTOBER).alasan());
        assertEquals("diverifikasi", f.service.verify(f.desa, f.p1, OKTOBER).status());

        List<PeriodeEvent> history = f.service.history(f.kader, f.p1, OKTOBER);
        assertEquals(List.of("verifikasi terbuka>diverifikasi adm-desa", "kembalikan diverifikasi>dikembalikan adm-desa",
                "verifikasi dikembalikan>diverifikasi adm-desa"), history.stream().map(PeriodeServiceTest::line).toList());
        assertEquals("BB Andi 85 kg, periksa lagi", history.get(1).alasan());
        assertEquals("ADMIN_DESA", history.get(0).peran());
        // every step is audited, the refused ones too
        assertEquals(List.of("PERIODE_VERIFIKASI 403", "PERIODE_VERIFIKASI 200", "PERIODE_VERIFIKASI 409",
                "PERIODE_KEMBALIKAN 422", "PERIODE_KEMBALIKAN 200", "PERIODE_VERIFIKASI 200"),
                f.audit().stream().map(a -> a.action() + " " + a.outcome()).toList());
        assertEquals(PeriodeFixture.DESA, f.audit().get(1).wilayah());
    }

    @Test
    void beforeTheDeadlineOnlyAVerifiedMonthLocksAndALockedMonthRefusesWritesUntilReopenedWithAReason() {
        assertRefused(403, "forbidden", null, () -> f.service.lock(f.desa, f.p1, OKTOBER, null));
        assertRefused(409, "periode-status", "status periode.belumDiverifikasi",
                () -> f.service.lock(f.kabupaten, f.p1, OKTOBER, null));
        f.service.verify(f.desa, f.p1, OKTOBER);
        PeriodeState locked = f.service.lock(f.kabupaten, f.p1, OKTOBER, "laporan bulanan dikirim");
        assertEquals("dikunci", locked.status());
        assertFalse(locked.otomatis());

        PeriodLockedException refused = assertThrows(PeriodLockedException.class, () -> f.locks.requireOpen(f.p1, OKTOBER));
        assertEquals(409, refused.status());
        assertEquals("periode periode.dikunci", refused.errors().get(0).field() + " " + refused.errors().get(0).rule());
        f.locks.requireOpen(f.p2, OKTOBER); // another Posyandu of the desa is still open
        f.locks.requireOpen(f.p1, YearMonth.of(2026, 11));
        assertRefused(409, "periode-dikunci", "periode periode.dikunci",
                () -> f.service.sendBack(f.desa, f.p1, OKTOBER, "terlambat"));

        assertRefused(422, "validation", "alasan required", () -> f.service.reopen(f.kabupaten, f.p1, OKTOBER, null));
        assertRefused(404, "not-found", null, () -> f.service.reopen(f.otherKabupaten, f.p1, OKTOBER, "x"));
        PeriodeState reopened = f.service.reopen(f.kabupaten, f.p1, OKTOBER, "koreksi BB dari puskesmas");
        assertEquals("terbuka", reopened.status());
        assertTrue(reopened.dibukaKembali());
        f.locks.requireOpen(f.p1, OKTOBER);
        assertEquals(List.of("verifikasi", "kunci", "buka"),
                f.service.history(f.desa, f.p1, OKTOBER).stream().map(PeriodeEvent::aksi).toList());
    }

    @Test
    void dataChangedAfterVerificationNeedsVerifyingAgain() {
        f.service.verify(f.desa, f.p1, OKTOBER);
        f.locks.requireOpen(f.p1, OKTOBER);
        assertEquals("terbuka", f.service.state(f.desa, f.p1, OKTOBER).status());
        PeriodeEvent last = f.service.history(f.desa, f.p1, OKTOBER).get(1);
        assertEquals("ubah diverifikasi>terbuka sistem", line(last));
    }

    @Test
    void theKabupatenLocksAllItsPosyanduOnlyWhenAllAreVerifiedOrTheDeadlineHasPassed() {
        f.service.verify(f.desa, f.p1, OKTOBER);
        assertRefused(409, "periode-status", "status periode.belumDiverifikasi",
                () -> f.service.lockKabupaten(f.kabupaten, "16.71", OKTOBER, null));
        assertRefused(403, "forbidden", "kabupaten scope", () -> f.service.lockKabupaten(f.otherKabupaten, "16.71", OKTOBER, null));
        assertRefused(422, "validation", "kabupaten format", () -> f.service.lockKabupaten(f.kabupaten, "16.71.17", OKTOBER, null));

        f.today(LocalDate.of(2026, 11, 6));
        VerificationQueue after = f.service.lockKabupaten(f.kabupaten, "16.71", OKTOBER, "batas H+5 lewat");
        assertEquals(2, after.total());
        assertEquals(2, after.ringkasan().get("dikunci"));
        assertEquals("terbuka", f.service.state(f.otherKabupaten, f.pOku, OKTOBER).status());
        assertThrows(PeriodLockedException.class, () -> f.locks.requireOpen(f.p2, OKTOBER));
        // the month after is not touched
        f.locks.requireOpen(f.p2, YearMonth.of(2026, 11));
    }

    @Test
    void aKabupatenThatLocksAutomaticallyClosesTheMonthAfterItsDeadlineUnlessReopened() {
        assertRefused(403, "forbidden", null, () -> f.service.setBatas(f.desa, "16.71", 3, true));
        assertRefused(422, "validation", "hari range", () -> f.service.setBatas(f.kabupaten, "16.71", 29, null));
        assertRefused(403, "forbidden", "kabupaten scope", () -> f.service.setBatas(f.otherKabupaten, "16.71", 3, true));
        assertEquals(5, f.service.batas(f.desa, "16.71").hari());
        assertEquals(3, f.service.setBatas(f.kabupaten, "16.71", 3, true).hari());

        assertEquals("terbuka", f.service.state(f.kader, f.p1, OKTOBER).status()); // 3 November: not yet
        f.today(LocalDate.of(2026, 11, 4));
        PeriodeState auto = f.service.state(f.kader, f.p1, OKTOBER);
        assertEquals("dikunci", auto.status());
        assertTrue(auto.otomatis());
        assertEquals(LocalDate.of(2026, 11, 3), auto.batas());
        assertThrows(PeriodLockedException.class, () -> f.locks.requireOpen(f.p1, OKTOBER));
        f.locks.requireOpen(f.pOku, OKTOBER); // OKU keeps the default rule

        f.service.reopen(f.kabupaten, f.p1, OKTOBER, "data susulan");
        f.locks.requireOpen(f.p1, OKTOBER);
        f.service.verify(f.desa, f.p1, OKTOBER);
        assertEquals("diverifikasi", f.service.state(f.kader, f.p1, OKTOBER).status());
        assertEquals("dikunci", f.service.lock(f.kabupaten, f.p1, OKTOBER, null).status());
        assertFalse(f.service.state(f.kader, f.p1, OKTOBER).dibukaKembali());
    }

    @Test
    void theQueueListsThePosyanduOfTheCallersAreaWithTheirState() {
        f.service.verify(f.desa, f.p1, OKTOBER);
        f.service.sendBack(f.desa, f.p2, OKTOBER, "SKDN tidak lengkap");
        VerificationQueue q = f.service.queue(f.desa, null, OKTOBER, 0, 100);
        assertEquals(PeriodeFixture.DESA, q.wilayah());
        assertEquals(LocalDate.of(2026, 11, 5), q.batas());
        assertEquals(2, q.total());
        assertEquals(1, q.ringkasan().get("diverifikasi"));
        assertEquals(1, q.ringkasan().get("dikembalikan"));
        assertEquals(0, q.ringkasan().get("dikunci"));
        assertEquals("SKDN tidak lengkap", q.posyandu().stream().filter(r -> r.posyanduId().equals(f.p2)).findFirst()
                .orElseThrow().alasan());
        assertEquals(1, f.service.queue(f.desa, null, OKTOBER, 1, 100).posyandu().size());
        assertEquals(2, f.service.queue(f.kabupaten, null, OKTOBER, 0, 10).total());
    }

    @Test
    void theQueueOfAnotherAreaIsRefused() {
        assertRefused(403, "forbidden", "wilayah scope", () -> f.service.queue(f.desa, "16.71.17.1001", OKTOBER, 0, 10));
        assertRefused(403, "forbidden", "wilayah scope", () -> f.service.queue(f.otherKabupaten, "16.71", OKTOBER, 0, 10));
        assertRefused(422, "validation", "periode notInFuture", () -> f.service.verify(f.desa, f.p1, YearMonth.of(2027, 1)));
        assertNull(f.service.queue(f.kader, null, OKTOBER, 0, 10).wilayah());
        assertEquals(1, f.service.queue(f.kader, null, OKTOBER, 0, 10).total());
    }

    private static String line(PeriodeEvent e) {
        return e.aksi() + " " + e.statusSebelum() + ">" + e.status() + " " + e.oleh();
    }

    private static void assertRefused(int status, String type, String fieldRule, Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertEquals(status, e.status(), e.getMessage());
        assertEquals(type, e.type());
        if (fieldRule != null) {
            assertEquals(fieldRule, e.errors().get(0).field() + " " + e.errors().get(0).rule(), e.getMessage());
        }
    }
}
