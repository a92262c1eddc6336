package org.posyandu.core.internal.spm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posyandu.api.spm.FieldDefinition.decimal;
import static org.posyandu.core.internal.db.Stubs.stub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.Scope;
import org.posyandu.api.spm.ActivationService;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.MenuDefinition;
import org.posyandu.api.spm.ModuleDescriptor;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.api.spm.PeriodGuard;
import org.posyandu.api.spm.SpmModule;
import org.posyandu.api.spm.Subject;
import org.posyandu.api.spm.SubmissionInput;
import org.posyandu.api.spm.SubmissionService.BatchItem;
import org.posyandu.api.spm.SubmissionService.Outcome;
import org.posyandu.api.spm.SubmissionService.Stored;
import org.posyandu.api.warga.WargaService;
import org.posyandu.core.internal.db.PosyanduChanges;
import org.posyandu.core.internal.db.SchemaMigrator;
import org.posyandu.core.internal.db.TestDatabase;
import org.posyandu.core.internal.security.AuditLines;

/**
 * A submission is one transaction with its audit line and its mark in the Posyandu change log: its line exists if and
 * only if it is stored, and a writer of a Posyandu that has not committed yet does not hold up another writer of the
 * same Posyandu. On in-memory Derby, or on PostgreSQL with {@code POSYANDU_IT_PG_URL} ({@link TestDatabases}).
 */
class SubmissionTransactionTest {
    private static final String DESA = "16.71.17.1003";
    private static final String POSYANDU = UUID.randomUUID().toString();
    private static final FormDefinition FORM = new FormDefinition("uji.timbang", 1, "Timbang", "Weigh", "uji_timbang",
            Subject.NONE, List.of(decimal("beratKg", "Berat", "Weight").unit("kg").range(0.5, 40)), List.of());
    /** A check no change log row passes: the write fails after its audit line was appended. */
    private static final String FAIL_AFTER_AUDIT =
            "ALTER TABLE posyandu_perubahan ADD CONSTRAINT uji_gagal CHECK (jumlah < 0)";

    private DataSource db;
    private final Caller kader = new Caller(UUID.randomUUID().toString(), "kader", Role.KADER, Scope.all());
    private final ExecutorService other = Executors.newSingleThreadExecutor();
    private SubmissionServiceImpl service;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabases.fresh();
        new SchemaMigrator(db).migrate("org.posyandu.core", TestDatabase.coreMigrations());
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO wilayah (kode, nama, nama_cari, tingkat, induk_kode) VALUES ('16', 'Sumsel', 'sumsel',"
                    + " 1, NULL), ('16.71', 'Palembang', 'palembang', 2, '16'), ('16.71.17', 'Kec', 'kec', 3, '16.71'),"
                    + " ('" + DESA + "', 'Desa', 'desa', 4, '16.71.17')");
            s.execute("INSERT INTO posyandu (id, nama, nama_kunci, desa_kode, aktif, dibuat, diubah, versi) VALUES ('"
                    + POSYANDU + "', 'Mawar', 'mawar', '" + DESA + "', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
            s.execute("INSERT INTO module_activation (kabupaten_kode, module_id, enabled, menus, diubah, diubah_oleh)"
                    + " VALUES ('16.71', 'uji', TRUE, NULL, CURRENT_TIMESTAMP, 'admin')");
            s.execute("CREATE TABLE uji_timbang (id CHAR(36) PRIMARY KEY, posyandu_id CHAR(36), warga_id CHAR(36), "
                    + "tanggal DATE, periode CHAR(7), form_versi INT, dibuat TIMESTAMP, dibuat_oleh VARCHAR(64), "
                    + "berat_kg DECIMAL(5,2))");
        }
        SpmModule module = () -> new ModuleDescriptor("uji", "Uji", "Test", "kesehatan", "1",
                List.of(new MenuDefinition("m", "Menu", "Menu", "", "", List.of(FORM))), List.of());
        Posyandu posyandu = new Posyandu(POSYANDU, "Mawar", DESA, "Desa", null, null, null, null, true,
                Instant.now(), Instant.now());
        service = new SubmissionServiceImpl(db,
                stub(ModuleRegistry.class, Map.of("module", a -> Optional.of(module), "form",
                        a -> FORM.id().equals(a[0]) ? Optional.of(FORM) : Optional.empty())),
                stub(ActivationService.class, Map.of("isEnabled", a -> true)),
                stub(PosyanduService.class, Map.of("find", a -> Optional.of(posyandu))),
                stub(WargaService.class, Map.of("find", a -> Optional.empty())),
                stub(PeriodGuard.class, Map.of("requireOpen", a -> null)), null);
    }

    @AfterEach
    void tearDown() {
        other.shutdownNow();
    }

    @Test
    void aStoredSubmissionHasItsAuditLineAndAReplayOneOfItsOwn() throws Exception {
        String key = UUID.randomUUID().toString();
        Stored stored = service.submit(kader, POSYANDU, FORM.id(), key, input(7.5));

        assertTrue(stored.created());
        assertEquals(List.of(List.of("CREATE", "submission", stored.submission().id(), DESA, "201", "uji.timbang")),
                auditLines());
        assertEquals(1, version());

        Stored again = service.submit(kader, POSYANDU, FORM.id(), key, input(7.5));
        assertFalse(again.created());
        assertEquals(List.of("CREATE", "submission", stored.submission().id(), DESA, "201", "uji.timbang (replay)"),
                auditLines().get(1));
        assertEquals(List.of(1, 1), List.of(count("uji_timbang"), version()));
    }

    @Test
    void aSubmissionThatFailsAfterItsAuditLineLeavesNeitherRowNorLine() throws Exception {
        execute(FAIL_AFTER_AUDIT);
        assertThrows(IllegalStateException.class,
                () -> service.submit(kader, POSYANDU, FORM.id(), UUID.randomUUID().toString(), input(7.5)));
        List<Outcome> batch = service.submitAll(kader, List.of(item(7.5), item(8.0)));
        assertEquals(List.of(500, 500), batch.stream().map(o -> o.failure().status()).toList());
        assertEquals(List.of(0, 0, 0), List.of(count("uji_timbang"), count("spm_submission_key"), count("audit_log")));

        execute("ALTER TABLE posyandu_perubahan DROP CONSTRAINT uji_gagal");
        List<Outcome> stored = service.submitAll(kader, List.of(item(7.5), item(8.0)));
        assertEquals(List.of(true, true), stored.stream().map(o -> o.stored().created()).toList());
        List<String> ids = stored.stream().map(o -> o.stored().submission().id()).toList();
        assertEquals(List.of(List.of("CREATE", "submission", ids.get(0), kader.wilayah() + "", "201", "sync uji.timbang"),
                List.of("CREATE", "submission", ids.get(1), kader.wilayah() + "", "201", "sync uji.timbang")),
                auditLines());
        assertEquals(List.of(2, 1), List.of(count("uji_timbang"), version()));
    }

    @Test
    void aWriterThatHasNotCommittedDoesNotHoldUpAnotherWriterOfThePosyandu() throws Exception {
        try (Connection a = db.getConnection()) {
            a.setAutoCommit(false);
            // transaction A has written (its change of the Posyandu and its audit line) but not committed
            PosyanduChanges.touch(a, List.of(POSYANDU));
            AuditLines.append(a, List.of(AuditEntry.of(kader, "CREATE", "submission", null, DESA, 201, "A")));
            try {
                Future<Stored> b = other.submit(() -> service.submit(kader, POSYANDU, FORM.id(),
                        UUID.randomUUID().toString(), input(7.5)));
                assertTrue(b.get(10, TimeUnit.SECONDS).created(), "B stored and committed while A is open");
                assertEquals(1, count("uji_timbang"));
            } finally {
                a.commit();
            }
        }
        assertEquals(2, version()); // both writes raised the Posyandu's version
    }

    private static SubmissionInput input(double berat) {
        return new SubmissionInput(null, LocalDate.of(2026, 11, 2), Map.of("beratKg", berat));
    }

    private static BatchItem item(double berat) {
        return new BatchItem(POSYANDU, FORM.id(), UUID.randomUUID().toString(), input(berat));
    }

    private List<List<String>> auditLines() throws Exception {
        List<List<String>> lines = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT action, object_type, object_id, wilayah, outcome, detail FROM audit_log ORDER BY id")) {
            while (rs.next()) {
                lines.add(List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getString(3)),
                        String.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)));
            }
        }
        return lines;
    }

    private int count(String table) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private int version() throws Exception {
        try (Connection c = db.getConnection()) {
            return (int) PosyanduChanges.version(c, POSYANDU);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.execute();
        }
    }
}
