package org.posyandu.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.posyandu.api.error.ConflictException;
import org.posyandu.api.error.ForbiddenException;
import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.PosyanduInput;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.AuditQuery;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.Scope;
import org.posyandu.api.security.User;
import org.posyandu.api.security.UserInput;
import org.posyandu.api.spm.ModuleDescriptor;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.api.spm.SpmModule;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.Warga;
import org.posyandu.api.warga.WargaInput;
import org.posyandu.core.internal.db.FailingCommits;
import org.posyandu.core.internal.db.SchemaMigrator;
import org.posyandu.core.internal.db.Stubs;
import org.posyandu.core.internal.db.TestDatabase;
import org.posyandu.core.internal.db.TestJpa;
import org.posyandu.core.internal.posyandu.PosyanduServiceImpl;
import org.posyandu.core.internal.spm.ActivationServiceImpl;
import org.posyandu.core.internal.warga.WargaServiceImpl;
import org.posyandu.core.internal.wilayah.WilayahServiceImpl;

/**
 * A successful write and its audit line are one transaction: exactly one line per write, and none when the write's
 * transaction fails after the line was appended. The real services on a real (in-memory Derby) database with the real
 * migrations; the failure is a commit that fails after the append ({@link FailingCommits}).
 */
class AuditInTransactionTest {
    private static final String KAB = "16.71";
    private static final String DESA = "16.71.17.1003";
    private static final String PASSWORD = "kata-sandi-pengguna-uji";

    private final Caller admin = new Caller(UUID.randomUUID().toString(), "adm-palembang", Role.ADMIN_KABUPATEN,
            Scope.wilayah(KAB));
    private FailingCommits failing;
    private DataSource db;
    private TestJpa jpa;
    private AuditServiceImpl audit;
    private WilayahServiceImpl wilayah;

    @BeforeEach
    void database() throws Exception {
        failing = new FailingCommits(TestDatabase.fresh());
        db = failing.dataSource();
        new SchemaMigrator(db).migrate("org.posyandu.core", TestDatabase.coreMigrations());
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO wilayah VALUES ('16', 'Sumatera Selatan', 'sumatera selatan', 1, NULL)");
            s.executeUpdate("INSERT INTO wilayah VALUES ('16.71', 'Kota Palembang', 'kota palembang', 2, '16')");
            s.executeUpdate("INSERT INTO wilayah VALUES ('16.71.17', 'Seberang Ulu I', 'seberang ulu i', 3, '16.71')");
            s.executeUpdate("INSERT INTO wilayah VALUES ('" + DESA + "', 'Lima-belas Ulu', 'lima-belas ulu', 4, "
                    + "'16.71.17')");
        }
        jpa = new TestJpa(db);
        audit = new AuditServiceImpl(jpa, null);
        wilayah = new WilayahServiceImpl(jpa, null);
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    @Test
    void aPosyanduCreatedHasOneLineAndAFailedOrRefusedCreateNone() {
        PosyanduServiceImpl registry = new PosyanduServiceImpl(jpa, db, wilayah, null);
        Posyandu melati = registry.create(admin, posyandu("Melati"));
        assertEquals(List.of("CREATE posyandu " + melati.id() + " " + DESA + " 201 adm-palembang"), lines("posyandu"));

        failing.arm();
        failsAtCommit(() -> registry.create(admin, posyandu("Mawar")));
        assertEquals(List.of(melati.id()), registry.list(Scope.all(), null, null, 0, 10).stream().map(Posyandu::id)
                .toList(), "the failed create stored nothing");
        // the name's unique constraint: the insert fails, the transaction rolls back with nothing to describe
        assertThrows(ConflictException.class, () -> registry.create(admin, posyandu("Melati")));
        assertEquals(1, lines("posyandu").size(), lines("posyandu").toString());
    }

    @Test
    void aWargaUpdateHasOneLineAndAFailedUpdateNeitherItsChangeNorALine() {
        PosyanduServiceImpl registry = new PosyanduServiceImpl(jpa, db, wilayah, null);
        WargaServiceImpl warga = new WargaServiceImpl(jpa, wilayah, null);
        String posyanduId = registry.create(admin, posyandu("Melati")).id();
        Warga siti = warga.create(admin, resident("Siti Aminah", posyanduId));
        warga.update(admin, siti.id(), resident("Siti Aminah Putri", posyanduId));
        assertEquals(List.of("UPDATE warga " + siti.id() + " " + DESA + " 200 adm-palembang",
                "CREATE warga " + siti.id() + " " + DESA + " 201 adm-palembang"), lines("warga"));

        failing.arm();
        failsAtCommit(() -> warga.update(admin, siti.id(), resident("Siti Lain", posyanduId)));
        assertEquals("Siti Aminah Putri", warga.find(Scope.all(), siti.id()).orElseThrow().nama());
        assertEquals(2, lines("warga").size(), lines("warga").toString());
    }

    @Test
    void aUserDisabledHasOneLineAndAFailedEnableNeitherItsChangeNorALine() {
        Passwords passwords = new Passwords(jpa);
        UserServiceImpl users = new UserServiceImpl(jpa, wilayah, audit, passwords, new LoginChecks(jpa, audit,
                passwords, new LoginThrottle(db, Clock.systemUTC()), Duration.ofMillis(50)), null);
        User bidan = users.create(admin, new UserInput("adm-desa", PASSWORD, Role.ADMIN_DESA, DESA, null));
        users.setActive(admin, bidan.id(), false);
        assertEquals(List.of("USER_DISABLE user " + bidan.id() + " " + DESA + " 200 adm-palembang",
                "USER_CREATE user " + bidan.id() + " " + DESA + " 201 adm-palembang"), lines("user"));

        failing.arm();
        failsAtCommit(() -> users.setActive(admin, bidan.id(), true));
        assertFalse(users.find(admin, bidan.id()).orElseThrow().aktif(), "the failed enable changed nothing");
        assertEquals(2, lines("user").size(), lines("user").toString());
    }

    @Test
    void aModuleEnabledHasOneLineAFailedSwitchNoneAndARefusalItsOwn() {
        ModuleDescriptor sosial = new ModuleDescriptor("sosial", "Sosial", "Social", "sosial", "1.0", List.of(), null);
        SpmModule module = Stubs.stub(SpmModule.class, Map.of("descriptor", a -> sosial));
        ActivationServiceImpl activation = new ActivationServiceImpl(db,
                Stubs.stub(ModuleRegistry.class, Map.of("module", a -> Optional.of(module))), wilayah, audit, null);
        activation.set(admin, KAB, "sosial", true, null);
        assertEquals(List.of("MODULE_ENABLE module sosial " + KAB + " 200 adm-palembang"), lines("module"));

        failing.arm();
        failsAtCommit(() -> activation.set(admin, KAB, "sosial", false, null));
        assertTrue(activation.isEnabled(KAB, "sosial", "ppks"), "the failed switch-off changed nothing");
        // a refusal writes nothing else: it keeps a line of its own
        Caller desa = new Caller(UUID.randomUUID().toString(), "adm-desa", Role.ADMIN_DESA, Scope.wilayah(DESA));
        assertThrows(ForbiddenException.class, () -> activation.set(desa, KAB, "sosial", false, null));
        assertEquals(List.of("MODULE_DISABLE module sosial " + KAB + " 403 adm-desa",
                "MODULE_ENABLE module sosial " + KAB + " 200 adm-palembang"), lines("module"));
    }

    /** The write got as far as its commit (after the audit append), and the commit failed. */
    private static void failsAtCommit(Executable write) {
        RuntimeException e = assertThrows(RuntimeException.class, write);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("forced failure of a commit")) {
                return;
            }
        }
        throw new AssertionError("not the forced commit failure", e);
    }

    private static PosyanduInput posyandu(String nama) {
        return new PosyanduInput(nama, DESA, null, "003", null, null, true);
    }

    private static WargaInput resident(String nama, String posyanduId) {
        // born 12 May 1990, female: day 12 + 40 in the NIK
        return new WargaInput("1671175205900001", null, nama, JenisKelamin.P, LocalDate.of(1990, 5, 12), DESA, "003",
                null, null, posyanduId, null, null);
    }

    /** The trail of one object type, newest first, as "action type id wilayah outcome user". */
    private List<String> lines(String objectType) {
        return audit.list(Scope.all(), new AuditQuery(null, null, objectType, null, null, null, 0, 100)).stream()
                .map(AuditInTransactionTest::line).toList();
    }

    private static String line(AuditEntry e) {
        return e.action() + " " + e.objectType() + " " + e.objectId() + " " + e.wilayah() + " " + e.outcome() + " "
                + e.username();
    }
}
