package org.posyandu.core.internal.spm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.posyandu.api.spm.FieldDefinition.bool;

import java.sql.Connection;
import java.sql.Date;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.posyandu.api.error.ApiException;
import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.Scope;
import org.posyandu.api.spm.ActivationService;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.MenuDefinition;
import org.posyandu.api.spm.ModuleDescriptor;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.api.spm.SpmModule;
import org.posyandu.api.spm.Subject;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.spm.SubmissionCorrection;
import org.posyandu.api.spm.SubmissionInput;
import org.posyandu.api.spm.SubmissionVoid;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.PeristiwaInput;
import org.posyandu.api.warga.Warga;
import org.posyandu.core.internal.db.Stubs;
import org.posyandu.core.internal.warga.LifeEventFixture;

/**
 * A module's form that records life events (a delivery ends the pregnancy, a mother may die at it): the events are
 * written in the submission's own transaction, a failing module costs the events and never the submission, and a
 * service dated after the resident died is refused naming {@code wargaId}.
 */
class SubmissionLifeEventsTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static final FormDefinition DELIVERY = new FormDefinition("uji.persalinan", 1, "Persalinan", "Delivery",
            "uji_persalinan", Subject.WARGA_REQUIRED, List.of(bool("ibuMeninggal", "Ibu meninggal", "Mother died")),
            List.of());
    private static final FormDefinition VISIT = new FormDefinition("uji.kunjungan", 1, "Kunjungan", "Visit",
            "uji_kunjungan", Subject.WARGA_REQUIRED, List.of(bool("hadir", "Hadir", "Present")), List.of());

    private LifeEventFixture db;
    private SubmissionServiceImpl service;
    private SubmissionCorrections corrections;
    private String posyandu;
    private boolean moduleFails;
    private final Caller bidan = new Caller(UUID.randomUUID().toString(), "bidan.desa", Role.KADER, Scope.all());

    @BeforeEach
    void setUp() throws Exception {
        db = new LifeEventFixture();
        posyandu = db.posyandu("Mawar");
        try (Connection c = db.db.getConnection(); Statement s = c.createStatement()) {
            for (FormDefinition f : List.of(DELIVERY, VISIT)) {
                s.execute("CREATE TABLE " + f.table() + " (id CHAR(36) PRIMARY KEY, posyandu_id CHAR(36), warga_id CHAR(36),"
                        + " tanggal DATE, periode CHAR(7), form_versi INT, dibuat TIMESTAMP, dibuat_oleh VARCHAR(64), "
                        + f.fields().get(0).column() + " BOOLEAN)");
            }
            // the test module enabled for the kabupaten, as the submission's own transaction checks it
            s.execute("INSERT INTO module_activation (kabupaten_kode, module_id, enabled, menus, diubah, diubah_oleh) "
                    + "VALUES ('" + LifeEventFixture.DESA.substring(0, 5) + "', 'uji', TRUE, NULL, CURRENT_TIMESTAMP, 'uji')");
        }
        SpmModule module = new SpmModule() {
            @Override
            public ModuleDescriptor descriptor() {
                return new ModuleDescriptor("uji", "Uji", "Test", "kesehatan", "1",
                        List.of(new MenuDefinition("m", "Menu", "Menu", "", "", List.of(DELIVERY, VISIT))), List.of());
            }

            @Override
            public List<PeristiwaInput> peristiwa(FormDefinition form, Submission s) {
                if (moduleFails) {
                    throw new IllegalStateException("a module bug");
                }
                if (!form.id().equals(DELIVERY.id())) {
                    return List.of();
                }
                return Boolean.TRUE.equals(s.data().get("ibuMeninggal"))
                        ? List.of(new PeristiwaInput("kehamilan_berakhir", null, null, "persalinan"),
                                new PeristiwaInput("meninggal", null, null, "saat persalinan"))
                        : List.of(new PeristiwaInput("kehamilan_berakhir", null, null, "persalinan"));
            }
        };
        Posyandu p = new Posyandu(posyandu, "Mawar", LifeEventFixture.DESA, "Desa", null, null, null, null, true,
                Instant.now(), Instant.now());
        ModuleRegistry registry = Stubs.stub(ModuleRegistry.class, Map.of("module", a -> Optional.of(module), "form",
                a -> List.of(DELIVERY, VISIT).stream().filter(f -> f.id().equals(a[0])).findFirst()));
        PosyanduService places = Stubs.stub(PosyanduService.class, Map.of("find", a -> Optional.of(p)));
        service = new SubmissionServiceImpl(db.db, registry,
                Stubs.stub(ActivationService.class, Map.of("isEnabled", a -> true)), places, db.wargaService(),
                new OpenPeriods(), null);
        corrections = new SubmissionCorrections(db.db, registry, places, db.wargaService(), new OpenPeriods(), null);
    }

    @Test
    void aDeliveryEndsThePregnancyInTheSameTransaction() throws Exception {
        String sari = db.warga(posyandu, "Sari", JenisKelamin.P, TODAY.minusYears(25), TODAY.minusWeeks(39));
        LocalDate delivered = TODAY.minusDays(1);
        Submission s = submit(DELIVERY, sari, delivered, Map.of("ibuMeninggal", false));

        Warga after = db.find(Scope.all(), sari).orElseThrow();
        assertEquals(List.of(Warga.AKTIF, delivered), List.of(after.status(), after.kehamilanBerakhir()));
        assertEquals(List.of("kehamilan_berakhir", "uji.persalinan/" + s.id(), "bidan.desa"), List.of(
                db.value("SELECT jenis FROM warga_peristiwa WHERE warga_id = ?", sari),
                db.value("SELECT sumber FROM warga_peristiwa WHERE warga_id = ?", sari),
                db.value("SELECT dicatat_oleh FROM warga_peristiwa WHERE warga_id = ?", sari)));
    }

    @Test
    void theEventsOfAVoidedSubmissionAreVoidedWithIt() throws Exception {
        String sari = db.warga(posyandu, "Sari", JenisKelamin.P, TODAY.minusYears(25), TODAY.minusWeeks(39));
        Submission s = submit(DELIVERY, sari, TODAY.minusDays(1), Map.of("ibuMeninggal", true));
        assertEquals("meninggal", db.find(Scope.all(), sari).orElseThrow().status());
        // the death was a slip of the pen: the correction voids both events and records the delivery's again
        corrections.correct(bidan, posyandu, DELIVERY.id(), s.id(), UUID.randomUUID().toString(),
                new SubmissionCorrection(sari, s.tanggal(), Map.of("ibuMeninggal", false), "ibu selamat"));
        Warga corrected = db.find(Scope.all(), sari).orElseThrow();
        assertEquals(List.of(Warga.AKTIF, s.tanggal()), List.of(corrected.status(), corrected.kehamilanBerakhir()));
        assertEquals(1, ((Number) db.value("SELECT COUNT(*) FROM warga_peristiwa WHERE warga_id = ? AND dibatalkan"
                + " IS NULL", sari)).intValue());
        // the delivery was recorded for the wrong woman: voiding it gives her pregnancy back
        corrections.voidSubmission(bidan, posyandu, DELIVERY.id(), s.id(), UUID.randomUUID().toString(),
                new SubmissionVoid("salah ibu"));
        Warga after = db.find(Scope.all(), sari).orElseThrow();
        assertEquals(List.of(Warga.AKTIF), List.of(after.status()));
        assertEquals(null, after.kehamilanBerakhir());
        assertEquals(List.of(2, 1), List.of(
                ((Number) db.value("SELECT COUNT(*) FROM warga_peristiwa WHERE warga_id = ? AND alasan_batal = ?", sari,
                        "ibu selamat")).intValue(),
                ((Number) db.value("SELECT COUNT(*) FROM warga_peristiwa WHERE warga_id = ? AND alasan_batal = ?", sari,
                        "salah ibu")).intValue()));
    }

    @Test
    void aMotherWhoDiedAtTheDeliveryIsServedNoMoreAfterIt() throws Exception {
        String sari = db.warga(posyandu, "Sari", JenisKelamin.P, TODAY.minusYears(25), TODAY.minusWeeks(39));
        LocalDate delivered = TODAY.minusDays(2);
        submit(DELIVERY, sari, delivered, Map.of("ibuMeninggal", true));
        Warga after = db.find(Scope.all(), sari).orElseThrow();
        assertEquals(List.of("meninggal", delivered), List.of(after.status(), after.tanggalKeluar()));

        submit(VISIT, sari, delivered, Map.of("hadir", true)); // the same day: happened
        ApiException e = assertThrows(ApiException.class, () -> submit(VISIT, sari, delivered.plusDays(1),
                Map.of("hadir", true)));
        assertEquals(422, e.status());
        assertEquals(List.of("wargaId warga.keluar"), e.errors().stream().map(f -> f.field() + " " + f.rule()).toList());
    }

    @Test
    void aModuleThatFailsLosesItsEventsNotTheSubmission() throws Exception {
        String sari = db.warga(posyandu, "Sari", JenisKelamin.P, TODAY.minusYears(25), TODAY.minusWeeks(39));
        moduleFails = true;
        submit(DELIVERY, sari, TODAY, Map.of("ibuMeninggal", false));
        assertEquals(1, ((Number) db.value("SELECT COUNT(*) FROM uji_persalinan")).intValue());
        assertEquals(0, ((Number) db.value("SELECT COUNT(*) FROM warga_peristiwa")).intValue());
        assertEquals(null, db.value("SELECT hamil_berakhir FROM warga WHERE id = ?", sari));
        assertEquals(Date.valueOf(TODAY.minusWeeks(39)), db.value("SELECT hpht FROM warga WHERE id = ?", sari));
    }

    private Submission submit(FormDefinition form, String wargaId, LocalDate tanggal, Map<String, Object> data) {
        return service.submit(bidan, posyandu, form.id(), UUID.randomUUID().toString(),
                new SubmissionInput(wargaId, tanggal, data)).submission();
    }
}
