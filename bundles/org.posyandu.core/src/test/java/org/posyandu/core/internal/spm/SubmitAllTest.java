package org.posyandu.core.internal.spm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posyandu.api.spm.FieldDefinition.decimal;
import static org.posyandu.core.internal.db.Stubs.stub;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.posyandu.api.spm.PeriodLockedException;
import org.posyandu.api.spm.PeriodGuard;
import org.posyandu.api.spm.SpmModule;
import org.posyandu.api.spm.Subject;
import org.posyandu.api.spm.SubmissionContext;
import org.posyandu.api.spm.SubmissionInput;
import org.posyandu.api.spm.SubmissionService.BatchItem;
import org.posyandu.api.spm.SubmissionService.Outcome;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.Warga;
import org.posyandu.api.warga.WargaService;
import org.posyandu.core.internal.db.SchemaMigrator;
import org.posyandu.core.internal.db.TestDatabase;

/**
 * A sync batch on a real (in-memory Derby) database: every item gets its own answer whatever happens to another:
 * a date before the child's birth, a number beyond a double, a module that throws, a row the database refuses.
 */
class SubmitAllTest {
    private static final String POSYANDU = UUID.randomUUID().toString();
    private static final String CHILD = UUID.randomUUID().toString();
    private static final LocalDate BORN = LocalDate.of(2026, 6, 1);
    /** The month the kabupaten has locked. */
    private static final java.time.YearMonth LOCKED = java.time.YearMonth.of(2026, 9);
    /** The test module throws on this weight: a bug of the module, not of the kader. */
    private static final double BUGGY_WEIGHT = 13.0;
    private static final FormDefinition FORM = new FormDefinition("uji.timbang", 1, "Timbang", "Weigh", "uji_timbang",
            Subject.WARGA_OPTIONAL, List.of(decimal("beratKg", "Berat", "Weight").unit("kg").range(0.5, 40),
                    decimal("skor", "Skor", "Score")),
            List.of());

    private final DataSource db = TestDatabase.fresh();
    private final Caller kader = new Caller(UUID.randomUUID().toString(), "kader", Role.KADER, Scope.all());
    private SubmissionServiceImpl service;
    /** Reads of the Posyandu, of the resident, and period checks, by the services the batch calls. */
    private final AtomicInteger posyanduReads = new AtomicInteger();
    private final AtomicInteger wargaReads = new AtomicInteger();
    private final List<Object> periodChecks = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        new SchemaMigrator(db).migrate("org.posyandu.core", TestDatabase.coreMigrations());
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE uji_timbang (id CHAR(36) PRIMARY KEY, posyandu_id CHAR(36), warga_id CHAR(36), "
                    + "tanggal DATE, periode CHAR(7), form_versi INT, dibuat TIMESTAMP, dibuat_oleh VARCHAR(64), "
                    + "berat_kg DECIMAL(5,2), skor DECIMAL(4,1))");
        }
        SpmModule module = new SpmModule() {
            @Override
            public ModuleDescriptor descriptor() {
                return new ModuleDescriptor("uji", "Uji", "Test", "kesehatan", "1",
                        List.of(new MenuDefinition("m", "Menu", "Menu", "", "", List.of(FORM))), List.of());
            }

            @Override
            public Map<String, Object> derive(FormDefinition form, Map<String, Object> data, SubmissionContext context) {
                if (((Number) data.get("beratKg")).doubleValue() == BUGGY_WEIGHT) {
                    throw new IllegalArgumentException("a module bug");
                }
                return Map.of();
            }
        };
        Posyandu posyandu = new Posyandu(POSYANDU, "Mawar", "16.71.17.1003", "Desa", null, null, null, null, true,
                Instant.now(), Instant.now());
        Warga child = new Warga(CHILD, null, null, "Budi", JenisKelamin.L, BORN, "16.71.17.1003", null, null, null,
                POSYANDU, null, null, List.of(), List.of(), Instant.now(), Instant.now());
        service = new SubmissionServiceImpl(db,
                stub(ModuleRegistry.class, Map.of("module", a -> Optional.of(module), "form",
                        a -> FORM.id().equals(a[0]) ? Optional.of(FORM) : Optional.empty())),
                stub(ActivationService.class, Map.of("isEnabled", a -> true)),
                stub(PosyanduService.class, Map.of("find", a -> {
                    posyanduReads.incrementAndGet();
                    return Optional.of(posyandu);
                })),
                stub(WargaService.class, Map.of("find", a -> {
                    wargaReads.incrementAndGet();
                    return CHILD.equals(a[1]) ? Optional.of(child) : Optional.empty();
                })),
                stub(PeriodGuard.class, Map.of("requireOpen", a -> {
                    periodChecks.add(a[2]);
                    if (LOCKED.equals(a[2])) {
                        throw new PeriodLockedException(a[1] instanceof Posyandu p ? p.id() : (String) a[1],
                                LOCKED.toString());
                    }
                    return null;
                })), null);
    }

    @Test
    void everyItemIsAnsweredOnItsOwnAndTheGoodOnesAreStored() throws Exception {
        List<BatchItem> items = new ArrayList<>();
        items.add(item("2026-11-02", Map.of("beratKg", 7.5)));
        items.add(item("2026-05-20", Map.of("beratKg", 7.5))); // before the child was born
        items.add(item("2026-11-02", Map.of("beratKg", Double.POSITIVE_INFINITY))); // 1e400 as Jackson reads it
        items.add(item("2026-11-02", Map.of("beratKg", Double.NEGATIVE_INFINITY)));
        items.add(item("2026-11-02", Map.of("beratKg", BUGGY_WEIGHT)));
        items.add(item("2026-11-03", Map.of("beratKg", 8.1)));
        List<Outcome> out = service.submitAll(kader, items);

        assertEquals(List.of(201, 422, 422, 422, 500, 201), out.stream().map(SubmitAllTest::status).toList());
        assertEquals(List.of("tanggal notBeforeBirth"), rules(out.get(1)));
        assertEquals(List.of("data.beratKg maximum"), rules(out.get(2)));
        assertEquals(List.of("data.beratKg minimum"), rules(out.get(3)));
        assertEquals("internal", out.get(4).failure().type());
        assertTrue(out.get(4).failure().detail().contains("insiden"), out.get(4).failure().detail());
        assertEquals(2, rows());
    }

    @Test
    void aRowTheDatabaseRefusesFailsOnlyThatItem() throws Exception {
        // skor has no range in the form, but its column holds at most 999.9: a fault of the module's definition
        BatchItem first = item("2026-11-02", Map.of("beratKg", 7.5));
        List<Outcome> out = service.submitAll(kader, List.of(first,
                item("2026-11-02", Map.of("beratKg", 7.5, "skor", 123456)), item("2026-11-03", Map.of("beratKg", 8.1))));
        assertEquals(List.of(201, 500, 201), out.stream().map(SubmitAllTest::status).toList());
        assertEquals(2, rows());
        // what was stored answers as stored when the phone sends it again
        List<Outcome> again = service.submitAll(kader, List.of(first, item("2026-11-04", Map.of("beratKg", 9.0))));
        assertEquals(List.of(200, 201), again.stream().map(SubmitAllTest::status).toList());
    }

    @Test
    void anItemOfALockedMonthIsRefusedOnItsOwnAndTheOthersAreStored() throws Exception {
        List<Outcome> out = service.submitAll(kader, List.of(item("2026-09-20", Map.of("beratKg", 7.0)),
                item("2026-10-20", Map.of("beratKg", 7.4))));
        assertEquals(List.of(409, 201), out.stream().map(SubmitAllTest::status).toList());
        assertEquals("periode-dikunci", out.get(0).failure().type());
        assertEquals(List.of("periode periode.dikunci"), rules(out.get(0)));
        assertEquals(1, rows());
    }

    @Test
    void aBatchReadsItsPosyanduAndResidentOnceAndChecksEachOpenMonthOnce() {
        List<Outcome> out = service.submitAll(kader, List.of(item("2026-11-02", Map.of("beratKg", 7.5)),
                item("2026-09-20", Map.of("beratKg", 7.0)), item("2026-11-03", Map.of("beratKg", 7.6)),
                item("2026-09-21", Map.of("beratKg", 7.1)), item("2026-10-20", Map.of("beratKg", 7.4))));
        assertEquals(List.of(201, 409, 201, 409, 201), out.stream().map(SubmitAllTest::status).toList());
        assertEquals(1, posyanduReads.get());
        assertEquals(1, wargaReads.get());
        // a locked month is asked again for every item (it may be refused each time); an open one once
        assertEquals(List.of(YearMonth.of(2026, 11), LOCKED, LOCKED, YearMonth.of(2026, 10)),
                periodChecks);
    }

    private static BatchItem item(String tanggal, Map<String, Object> data) {
        return new BatchItem(POSYANDU, FORM.id(), UUID.randomUUID().toString(),
                new SubmissionInput(CHILD, LocalDate.parse(tanggal), data));
    }

    private static int status(Outcome o) {
        return o.stored() != null ? (o.stored().created() ? 201 : 200) : o.failure().status();
    }

    private static List<String> rules(Outcome o) {
        assertNull(o.stored());
        return o.failure().errors().stream().map(e -> e.field() + " " + e.rule()).toList();
    }

    private int rows() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM uji_timbang")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
