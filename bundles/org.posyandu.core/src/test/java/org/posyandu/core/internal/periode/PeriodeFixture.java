package org.posyandu.core.internal.periode;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.AuditService;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.Scope;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.core.internal.db.SchemaMigrator;
import org.posyandu.core.internal.db.TestDatabase;
import org.posyandu.core.internal.security.AuditLines;

/**
 * A real (in-memory Derby) database with the core's migrations, two Posyandu in one desa of Kota Palembang and one
 * in Kabupaten OKU, the callers of each level, and the services under a clock the test sets.
 */
final class PeriodeFixture {
    static final String DESA = "16.71.17.1003";
    static final String DESA_OKU = "16.01.01.2001";
    final DataSource db = TestDatabase.fresh();
    final List<Posyandu> posyandu = new ArrayList<>();
    final String p1 = UUID.randomUUID().toString();
    final String p2 = UUID.randomUUID().toString();
    final String pOku = UUID.randomUUID().toString();
    final Caller kader = caller("kader-melati", Role.KADER, Scope.posyandu(Set.of(p1)));
    final Caller desa = caller("adm-desa", Role.ADMIN_DESA, Scope.wilayah(DESA));
    final Caller otherDesa = caller("adm-desa-lain", Role.ADMIN_DESA, Scope.wilayah("16.71.17.1001"));
    final Caller kabupaten = caller("adm-palembang", Role.ADMIN_KABUPATEN, Scope.wilayah("16.71"));
    final Caller otherKabupaten = caller("adm-oku", Role.ADMIN_KABUPATEN, Scope.wilayah("16.01"));
    PeriodeStore store;
    PeriodeServiceImpl service;
    PeriodLocksImpl locks;

    PeriodeFixture() throws Exception {
        new SchemaMigrator(db).migrate("org.posyandu.core", TestDatabase.coreMigrations());
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String kode : new String[] { "16.71", "16.71.17", DESA, "16.71.17.1001", "16.01", "16.01.01", DESA_OKU }) {
                s.execute("INSERT INTO wilayah (kode, nama, nama_cari, tingkat, induk_kode) VALUES ('" + kode + "', 'W "
                        + kode + "', 'w', " + (kode.split("\\.").length) + ", NULL)");
            }
        }
        add(p1, "Posyandu Melati", DESA);
        add(p2, "Posyandu Mawar", DESA);
        add(pOku, "Posyandu Kenanga", DESA_OKU);
        today(LocalDate.of(2026, 11, 3));
    }

    /** Rebuilds the services as on {@code date} (the store keeps its deadlines in the database). */
    void today(LocalDate date) {
        store = new PeriodeStore(db, Clock.fixed(date.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        PosyanduService posyanduService = stub(PosyanduService.class, (name, args) -> switch (name) {
            case "find" -> posyandu.stream().filter(p -> p.id().equals(args[1])
                    && ((Scope) args[0]).coversPosyandu(p.id(), p.desaKode())).findFirst();
            case "list" -> posyandu.stream().filter(p -> ((Scope) args[0]).coversPosyandu(p.id(), p.desaKode())
                    && (args[1] == null || p.desaKode().equals(args[1]) || p.desaKode().startsWith(args[1] + ".")))
                    .toList();
            default -> throw new UnsupportedOperationException(name);
        });
        ModuleRegistry registry = stub(ModuleRegistry.class, (name, args) -> List.of());
        // a refusal's line in a transaction of its own, as AuditServiceImpl writes it
        AuditService auditService = stub(AuditService.class, (name, args) -> {
            try (Connection c = db.getConnection()) {
                AuditLines.append(c, List.of((AuditEntry) args[0]));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        service = new PeriodeServiceImpl(db, store, posyanduService, registry, auditService);
        locks = new PeriodLocksImpl(store, posyanduService);
    }

    /** The audit trail as stored, oldest first (successful steps write theirs in the step's transaction). */
    List<AuditEntry> audit() {
        List<AuditEntry> lines = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, action, object_id, wilayah, outcome FROM audit_log ORDER BY id")) {
            while (rs.next()) {
                lines.add(new AuditEntry(rs.getLong(1), Instant.now(), null, null, rs.getString(2), "periode",
                        rs.getString(3), rs.getString(4), rs.getInt(5), null));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    private void add(String id, String nama, String desaKode) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO posyandu (id, nama, "
                + "nama_kunci, desa_kode, aktif, dibuat, diubah, versi) VALUES (?, ?, ?, ?, TRUE, CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP, 1)")) {
            ps.setString(1, id);
            ps.setString(2, nama);
            ps.setString(3, nama.toLowerCase());
            ps.setString(4, desaKode);
            ps.executeUpdate();
        }
        posyandu.add(new Posyandu(id, nama, desaKode, null, null, null, null, null, true, Instant.now(), Instant.now()));
    }

    private static Caller caller(String username, Role role, Scope scope) {
        return new Caller(UUID.randomUUID().toString(), username, role, scope);
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    static <T> T stub(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (proxy, method, args) -> answer.answer(method.getName(), args));
    }
}
