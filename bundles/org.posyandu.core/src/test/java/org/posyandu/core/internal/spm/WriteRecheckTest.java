package org.posyandu.core.internal.spm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.posyandu.api.error.ApiException;
import org.posyandu.api.security.AuditService;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.Scope;
import org.posyandu.api.spm.PeriodGuard;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.spm.SubmissionCorrection;
import org.posyandu.api.spm.SubmissionInput;
import org.posyandu.api.spm.SubmissionService.BatchItem;
import org.posyandu.api.spm.SubmissionService.Outcome;
import org.posyandu.api.spm.SubmissionVoid;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.wilayah.WilayahService;

/**
 * A module disabled or a month locked by another node between a write's early checks and its commit: the write is
 * refused inside its transaction (403, 409), per item in a batch, and nothing of it is stored. The change lands from
 * another thread and connection at that moment, through the period guard, which every write asks after its
 * activation check and before its transaction.
 */
class WriteRecheckTest {
    private static final String FORM = "kesehatan.penimbangan";
    private static final String CHILD = UUID.randomUUID().toString();
    private final Caller kader = new Caller(UUID.randomUUID().toString(), "kader1", Role.KADER, Scope.all());
    private final Caller kabupaten = new Caller(UUID.randomUUID().toString(), "adm-palembang", Role.ADMIN_KABUPATEN,
            Scope.wilayah("16.71"));
    private final InTheGap guard = new InTheGap();
    private final AtomicReference<Runnable> beforeCommit = new AtomicReference<>();
    private KesehatanPlatform platform;

    /** Open months; the change set by the test runs once, on another thread, when a write has passed its checks. */
    private static final class InTheGap implements PeriodGuard {
        volatile Runnable change;

        @Override
        public void requireOpen(Caller caller, String posyanduId, YearMonth bulan) {
            Runnable now = change;
            change = null;
            if (now != null) {
                CompletableFuture.runAsync(now).orTimeout(30, TimeUnit.SECONDS).join();
            }
        }
    }

    /** Runs {@code beforeCommit} once, on the next commit of any of its connections. */
    private static DataSource commitHook(DataSource db, AtomicReference<Runnable> beforeCommit) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
                (proxy, m, args) -> {
                    Object result = invoke(db, m, args);
                    if (!m.getName().equals("getConnection")) {
                        return result;
                    }
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
                            (p, cm, cargs) -> {
                                Runnable hook = cm.getName().equals("commit") ? beforeCommit.getAndSet(null) : null;
                                if (hook != null) {
                                    hook.run();
                                }
                                return invoke(result, cm, cargs);
                            });
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        platform = new KesehatanPlatform(commitHook(TestDatabases.fresh(), beforeCommit), guard);
        platform.addChild(CHILD, "Budi", JenisKelamin.L, LocalDate.of(2025, 1, 10));
    }

    @Test
    void aModuleDisabledAfterTheCheckRefusesTheSubmission() {
        ActivationServiceImpl activation = activation();
        guard.change = () -> activation.set(kabupaten, "16.71", "kesehatan", false, null);
        ApiException refused = assertThrows(ApiException.class, () -> platform.submissions.submit(kader,
                KesehatanPlatform.POSYANDU, FORM, UUID.randomUUID().toString(), input("2025-06-05", 7.1)));
        assertEquals(403, refused.status());
        assertEquals("Module 'kesehatan' menu 'penimbangan' is not enabled for kabupaten/city 16.71.",
                refused.detailEn());
        assertEquals(0, stored());
    }

    @Test
    void aModuleSwitchedOffWhileTheSubmissionCommitsWaitsForIt() throws Exception {
        ActivationServiceImpl activation = activation();
        CompletableFuture<?>[] disabling = new CompletableFuture<?>[1];
        beforeCommit.set(() -> {
            // the submission has checked and written, not committed: the switch-off now must wait for it
            disabling[0] = CompletableFuture.runAsync(() -> activation.set(kabupaten, "16.71", "kesehatan", false, null));
            waitForABlockedLock();
        });
        platform.submissions.submit(kader, KesehatanPlatform.POSYANDU, FORM, UUID.randomUUID().toString(),
                input("2025-06-05", 7.1));
        disabling[0].get(30, TimeUnit.SECONDS);
        assertEquals(1, stored());
        ApiException refused = assertThrows(ApiException.class, () -> platform.submissions.submit(kader,
                KesehatanPlatform.POSYANDU, FORM, UUID.randomUUID().toString(), input("2025-07-05", 7.4)));
        assertEquals(403, refused.status());
    }

    /** Returns once a transaction of the database waits for a lock another holds; fails after 20 s. */
    private void waitForABlockedLock() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (Connection c = platform.db.getConnection(); java.sql.Statement s = c.createStatement();
                    java.sql.ResultSet rs = s.executeQuery(c.getMetaData().getDatabaseProductName().equals("PostgreSQL")
                            ? "SELECT count(*) FROM pg_locks WHERE NOT granted AND database = "
                                    + "(SELECT oid FROM pg_database WHERE datname = current_database())"
                            : "SELECT count(*) FROM SYSCS_DIAG.LOCK_TABLE WHERE state = 'WAIT'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20)); // poll interval
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the switch-off did not wait for the submission's transaction");
    }

    private ActivationServiceImpl activation() {
        return new ActivationServiceImpl(platform.db, platform.registry,
                KesehatanPlatform.stub(WilayahService.class, Map.of("exists", a -> true)),
                KesehatanPlatform.stub(AuditService.class, Map.of("record", a -> null)), null);
    }

    @Test
    void aMonthLockedAfterTheCheckRefusesItsItemAndTheBatchStoresTheOthers() {
        guard.change = () -> lock("2025-07");
        List<Outcome> out = platform.submissions.submitAll(kader, List.of(
                new BatchItem(KesehatanPlatform.POSYANDU, FORM, UUID.randomUUID().toString(), input("2025-06-05", 7.1)),
                new BatchItem(KesehatanPlatform.POSYANDU, FORM, UUID.randomUUID().toString(), input("2025-07-04", 7.4))));
        assertEquals(List.of(201, 409), out.stream().map(o -> o.failure() == null ? 201 : o.failure().status()).toList());
        assertEquals("periode-dikunci", out.get(1).failure().type());
        assertEquals(1, stored());
    }

    @Test
    void aMonthLockedAfterTheCheckRefusesACorrection() {
        Submission s = platform.submissions.submit(kader, KesehatanPlatform.POSYANDU, FORM,
                UUID.randomUUID().toString(), input("2025-06-05", 7.1)).submission();
        guard.change = () -> lock("2025-06");
        ApiException refused = assertThrows(ApiException.class, () -> platform.corrections.correct(kader,
                KesehatanPlatform.POSYANDU, FORM, s.id(), UUID.randomUUID().toString(), new SubmissionCorrection(null,
                        LocalDate.parse("2025-06-05"), CorrectionsTest.data(7.3), "salah ketik")));
        assertEquals(409, refused.status());
        assertEquals("periode-dikunci", refused.type());
        assertEquals(1, platform.corrections.history(Scope.all(), KesehatanPlatform.POSYANDU, FORM, s.id()).size());
    }

    @Test
    void aModuleDisabledRefusesCorrectionsAndVoidsLikeNewSubmissions() {
        Submission s = platform.submissions.submit(kader, KesehatanPlatform.POSYANDU, FORM,
                UUID.randomUUID().toString(), input("2025-06-05", 7.1)).submission();
        String key = UUID.randomUUID().toString();
        SubmissionCorrection typo = new SubmissionCorrection(null, LocalDate.parse("2025-06-05"),
                CorrectionsTest.data(7.3), "salah ketik");
        platform.corrections.correct(kader, KesehatanPlatform.POSYANDU, FORM, s.id(), key, typo);
        activation().set(kabupaten, "16.71", "kesehatan", false, null);

        ApiException corrected = assertThrows(ApiException.class, () -> platform.corrections.correct(kader,
                KesehatanPlatform.POSYANDU, FORM, s.id(), UUID.randomUUID().toString(), new SubmissionCorrection(null,
                        LocalDate.parse("2025-06-05"), CorrectionsTest.data(7.4), "salah lagi")));
        ApiException voided = assertThrows(ApiException.class, () -> platform.corrections.voidSubmission(kader,
                KesehatanPlatform.POSYANDU, FORM, s.id(), UUID.randomUUID().toString(), new SubmissionVoid("bukan anak ini")));
        for (ApiException refused : List.of(corrected, voided)) {
            assertEquals(403, refused.status());
            assertEquals("Module 'kesehatan' menu 'penimbangan' is not enabled for kabupaten/city 16.71.",
                    refused.detailEn());
        }
        assertEquals(2, platform.corrections.history(Scope.all(), KesehatanPlatform.POSYANDU, FORM, s.id()).size());
        assertEquals(1, stored());
        // a retry of the correction made while it was enabled is answered as first made
        assertEquals(2, platform.corrections.correct(kader, KesehatanPlatform.POSYANDU, FORM, s.id(), key, typo)
                .version().versi());
    }

    /** The kabupaten locks the month, as the lock service stores it. */
    private void lock(String periode) {
        try (Connection c = platform.db.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO "
                + "periode_status (posyandu_id, periode, status, dibuka_kembali, alasan, diubah, diubah_oleh) VALUES "
                + "(?, ?, 'dikunci', FALSE, 'tenggat', CURRENT_TIMESTAMP, 'adm-palembang')")) {
            ps.setString(1, KesehatanPlatform.POSYANDU);
            ps.setString(2, periode);
            ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int stored() {
        try {
            return platform.weighings(KesehatanPlatform.POSYANDU).size();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SubmissionInput input(String tanggal, double kg) {
        return new SubmissionInput(CHILD, LocalDate.parse(tanggal), CorrectionsTest.data(kg));
    }
}
