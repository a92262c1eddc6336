package org.posyandu.core.internal.warga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.posyandu.api.error.ApiException;
import org.posyandu.api.error.Errors;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.Scope;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.KelompokSasaran;
import org.posyandu.api.warga.Peristiwa;
import org.posyandu.api.warga.PeristiwaInput;
import org.posyandu.api.warga.PeristiwaService;
import org.posyandu.api.warga.Warga;

/** Life events recorded and voided by hand, on a real (in-memory Derby) database with the core's migrations. */
class PeristiwaServiceTest {
    private static final LocalDate TODAY = LocalDate.now();
    private LifeEventFixture db;
    private PeristiwaServiceImpl service;
    private String mawar;
    private String melati;
    private Caller kaderMawar;
    private Caller admin;

    @BeforeEach
    void setUp() throws Exception {
        db = new LifeEventFixture();
        service = db.service();
        mawar = db.posyandu("Mawar");
        melati = db.posyandu("Melati");
        kaderMawar = new Caller(UUID.randomUUID().toString(), "kader.mawar", Role.KADER, Scope.posyandu(Set.of(mawar)));
        admin = new Caller(UUID.randomUUID().toString(), "admin", Role.ADMIN_KABUPATEN, Scope.all());
    }

    @Test
    void aDeathIsKeptWithWhoWhenAndWhyAndNothingHappensAfterIt() throws Exception {
        String budi = db.warga(mawar, "Budi", JenisKelamin.L, TODAY.minusMonths(20), null);
        LocalDate died = TODAY.minusDays(3);
        Peristiwa p = service.catat(kaderMawar, budi, new PeristiwaInput("meninggal", died, null, "diare"));

        assertEquals(List.of("meninggal", died, mawar, "diare", "kader.mawar"),
                List.of(p.jenis(), p.tanggal(), p.posyanduAsal(), p.keterangan(), p.dicatatOleh()));
        Warga after = db.find(Scope.all(), budi).orElseThrow();
        assertEquals(List.of("meninggal", died), List.of(after.status(), after.tanggalKeluar()));
        assertEquals(1L, ((Number) db.value("SELECT SUM(jumlah) FROM posyandu_perubahan WHERE posyandu_id = ?", mawar)).longValue());

        assertEquals(List.of("wargaId warga.keluar"), rules(() -> service.catat(kaderMawar, budi,
                new PeristiwaInput("pindah", TODAY, null, null))));
        // a service dated after the death is refused, one on the day itself is not
        Errors errors = new Errors();
        PeristiwaRules.checkPresent(errors, after, died);
        assertEquals(List.of(), errors.list());
        PeristiwaRules.checkPresent(errors, after, died.plusDays(1));
        assertEquals(List.of("wargaId warga.keluar"), errors.list().stream().map(e -> e.field() + " " + e.rule()).toList());
    }

    @Test
    void aWrongEventIsVoidedWithAReasonAndUndone() throws Exception {
        String budi = db.warga(mawar, "Budi", JenisKelamin.L, TODAY.minusMonths(20), null);
        Peristiwa p = service.catat(kaderMawar, budi, new PeristiwaInput("meninggal", TODAY, null, null));

        assertEquals(List.of("alasan required"), rules(() -> service.batalkan(kaderMawar, budi, p.id(), " ")));
        Peristiwa voided = service.batalkan(kaderMawar, budi, p.id(), "salah pilih warga");
        assertEquals(List.of("kader.mawar", "salah pilih warga"), List.of(voided.dibatalkanOleh(), voided.alasanBatal()));
        assertNotNull(voided.dibatalkan());
        assertEquals(Warga.AKTIF, db.find(Scope.all(), budi).orElseThrow().status());
        assertEquals(List.of("peristiwaId peristiwa.sudahDibatalkan"),
                rules(() -> service.batalkan(kaderMawar, budi, p.id(), "dua kali")));
        // nothing is deleted: both states are in the history
        assertEquals(1, service.riwayat(Scope.all(), budi).size());
    }

    @Test
    void aMoveToAnotherPosyanduHandsTheResidentOverAndVoidingItHandsItBack() throws Exception {
        String budi = db.warga(mawar, "Budi", JenisKelamin.L, TODAY.minusMonths(20), null);
        LocalDate moved = TODAY.minusDays(10);
        Peristiwa p = service.catat(kaderMawar, budi, new PeristiwaInput("pindah", moved, melati, "ikut orang tua"));

        Warga there = db.find(Scope.all(), budi).orElseThrow();
        assertEquals(List.of(melati, Warga.AKTIF), List.of(there.posyanduId(), there.status()));
        assertEquals(Date.valueOf(moved), db.value("SELECT masuk_tanggal FROM warga WHERE id = ?", budi));
        // the Posyandu it left no longer sees it; the one it joined does
        assertThrows(ApiException.class, () -> service.riwayat(kaderMawar.scope(), budi));
        assertEquals(1, service.riwayat(Scope.posyandu(Set.of(melati)), budi).size());

        // the kader of the Posyandu of origin may still void the move it recorded
        service.batalkan(kaderMawar, budi, p.id(), "salah posyandu tujuan");
        assertEquals(mawar, db.find(Scope.all(), budi).orElseThrow().posyanduId());
        assertNull(db.value("SELECT masuk_tanggal FROM warga WHERE id = ?", budi));
    }

    @Test
    void aMoveAwayEndsServiceAndAMoveNeedsAnExistingOtherPosyandu() throws Exception {
        String budi = db.warga(mawar, "Budi", JenisKelamin.L, TODAY.minusMonths(20), null);
        assertEquals(List.of("posyanduTujuan pindah.samaPosyandu"), rules(() -> service.catat(kaderMawar, budi,
                new PeristiwaInput("pindah", TODAY, mawar, null))));
        assertEquals(List.of("posyanduTujuan posyandu.exists"), rules(() -> service.catat(kaderMawar, budi,
                new PeristiwaInput("pindah", TODAY, UUID.randomUUID().toString(), null))));
        assertEquals(List.of("posyanduTujuan notApplicable"), rules(() -> service.catat(kaderMawar, budi,
                new PeristiwaInput("meninggal", TODAY, melati, null))));
        assertEquals(List.of("jenis enum", "tanggal date.future"), rules(() -> service.catat(kaderMawar, budi,
                new PeristiwaInput("lahir", TODAY.plusDays(1), null, null))));

        service.catat(kaderMawar, budi, new PeristiwaInput("pindah", TODAY, null, "merantau"));
        Warga gone = db.find(Scope.all(), budi).orElseThrow();
        assertEquals(List.of("pindah", TODAY, mawar), List.of(gone.status(), gone.tanggalKeluar(), gone.posyanduId()));
    }

    @Test
    void aPregnancyEndsByHandWithAReasonAndTheMotherIsNoLongerIbuHamil() throws Exception {
        LocalDate hpht = TODAY.minusWeeks(14);
        String sari = db.warga(mawar, "Sari", JenisKelamin.P, TODAY.minusYears(25), hpht);
        String budi = db.warga(mawar, "Budi", JenisKelamin.L, TODAY.minusYears(25), null);
        assertEquals(List.of("jenis kehamilan.tidakTercatat"), rules(() -> service.catat(kaderMawar, budi,
                new PeristiwaInput("kehamilan_berakhir", TODAY, null, "keguguran"))));
        assertEquals(List.of("tanggal kehamilan.sebelumHpht", "keterangan required"), rules(() -> service.catat(kaderMawar,
                sari, new PeristiwaInput("kehamilan_berakhir", hpht.minusDays(1), null, null))));

        service.catat(kaderMawar, sari, new PeristiwaInput("kehamilan_berakhir", TODAY.minusDays(2), null, "keguguran"));
        Warga after = db.find(Scope.all(), sari).orElseThrow();
        assertEquals(TODAY.minusDays(2), after.kehamilanBerakhir());
        assertEquals(Set.of(KelompokSasaran.USIA_PRODUKTIF), KelompokSasaran.derive(after.tanggalLahir(),
                after.jenisKelamin(), after.hpht(), after.kehamilanBerakhir(), TODAY));
        // the day before it ended she was still pregnant; a later HPHT is a new pregnancy
        assertEquals(true, KelompokSasaran.derive(after.tanggalLahir(), after.jenisKelamin(), after.hpht(),
                after.kehamilanBerakhir(), TODAY.minusDays(3)).contains(KelompokSasaran.IBU_HAMIL));
        assertEquals(true, KelompokSasaran.derive(after.tanggalLahir(), after.jenisKelamin(), TODAY.minusDays(1),
                after.kehamilanBerakhir(), TODAY).contains(KelompokSasaran.IBU_HAMIL));
        assertEquals(List.of("jenis kehamilan.tidakTercatat"), rules(() -> service.catat(kaderMawar, sari,
                new PeristiwaInput("kehamilan_berakhir", TODAY, null, "lagi"))));
    }

    @Test
    void aResidentOutsideTheScopeIsNotFound() throws Exception {
        String ani = db.warga(melati, "Ani", JenisKelamin.P, TODAY.minusMonths(5), null);
        ApiException e = assertThrows(ApiException.class, () -> service.catat(kaderMawar, ani,
                new PeristiwaInput("meninggal", TODAY, null, null)));
        assertEquals(404, e.status());
        service.catat(admin, ani, new PeristiwaInput("meninggal", TODAY, null, null));
    }

    @Test
    void anEventResentWithItsIdempotencyKeyIsRecordedOnceAndAnsweredAgain() throws Exception {
        String budi = db.warga(mawar, "Budi", JenisKelamin.L, TODAY.minusMonths(20), null);
        String key = UUID.randomUUID().toString();
        PeristiwaInput moved = new PeristiwaInput("pindah", TODAY, melati, "ikut orang tua");
        PeristiwaService.Recorded first = service.catat(kaderMawar, budi, key, moved);
        // the answer was lost: the phone sends it again with the same key (the resident is not in its scope now)
        PeristiwaService.Recorded again = service.catat(kaderMawar, budi, key.toUpperCase(),
                new PeristiwaInput("pindah", TODAY, melati, "ikut orang tua"));

        assertEquals(List.of(true, false), List.of(first.created(), again.created()));
        assertEquals(first.peristiwa(), again.peristiwa());
        assertEquals(1, service.riwayat(Scope.all(), budi).size());
        assertEquals(1L, ((Number) db.value("SELECT COUNT(*) FROM spm_submission_key WHERE idempotency_key = ?"
                + " AND form_id = 'warga.peristiwa' AND submission_id = ?", key, first.peristiwa().id())).longValue());
        assertEquals(melati, db.find(Scope.all(), budi).orElseThrow().posyanduId());
        // another content under that key, or the key of an event used by someone else: refused, nothing stored
        assertEquals(List.of("Idempotency-Key idempotencyKey.reused"), rules(() -> service.catat(kaderMawar, budi, key,
                new PeristiwaInput("pindah", TODAY, melati, "lain"))));
        assertEquals(List.of("Idempotency-Key idempotencyKey.reused"), rules(() -> service.catat(admin, budi, key, moved)));
        assertEquals(List.of("Idempotency-Key format"), rules(() -> service.catat(kaderMawar, budi, "kunci", moved)));
        assertEquals(1, service.riwayat(Scope.all(), budi).size());
        // a refused event leaves its key free: the same key with a valid event later is recorded
        String sari = db.warga(mawar, "Sari", JenisKelamin.P, TODAY.minusYears(30), null);
        String other = UUID.randomUUID().toString();
        assertEquals(List.of("jenis kehamilan.tidakTercatat"), rules(() -> service.catat(kaderMawar, sari, other,
                new PeristiwaInput("kehamilan_berakhir", TODAY, null, "persalinan"))));
        assertEquals(true, service.catat(kaderMawar, sari, other, new PeristiwaInput("meninggal", TODAY, null, null))
                .created());
    }

    private static List<String> rules(org.junit.jupiter.api.function.Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertEquals(422, e.status(), e.getMessage());
        return e.errors().stream().map(f -> f.field() + " " + f.rule()).toList();
    }
}
