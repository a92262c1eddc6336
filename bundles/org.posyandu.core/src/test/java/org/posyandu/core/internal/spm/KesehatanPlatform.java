package org.posyandu.core.internal.spm;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.sql.DataSource;

import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.spm.ActivationService;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.MenuDefinition;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.api.spm.PeriodGuard;
import org.posyandu.api.spm.ReportArea;
import org.posyandu.api.spm.ReportRequest;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.Warga;
import org.posyandu.api.warga.WargaService;
import org.posyandu.core.internal.db.Migration;
import org.posyandu.core.internal.db.SchemaMigrator;
import org.posyandu.core.internal.db.TestDatabase;
import org.posyandu.spm.kesehatan.internal.EppgbmExport;
import org.posyandu.spm.kesehatan.internal.KesehatanModule;
import org.posyandu.spm.kesehatan.internal.SkdnReport;

/**
 * The core's submission services with the real kesehatan module over one database (in-memory Derby, or a
 * PostgreSQL schema), migrated by the real scripts: one Posyandu in one desa, its children added by the test.
 * Registry, activation, Posyandu and residents are plain stand-ins; the residents also stand in the warga table,
 * which SKDN and e-PPGBM read.
 */
final class KesehatanPlatform {
    static final String POSYANDU = "7b1e3c52-2b2a-4c0a-9a53-0b7f6f4c0001";
    static final String DESA = "16.71.17.1003";

    final DataSource db;
    final Map<String, Warga> residents = new ConcurrentHashMap<>();
    final SubmissionServiceImpl submissions;
    final SubmissionCorrections corrections;
    final ResidentRederivation residentChanges;
    final ModuleRegistry registry;
    private final SkdnReport skdn;
    private final Map<String, Posyandu> places = new ConcurrentHashMap<>();

    KesehatanPlatform(DataSource db) throws SQLException, IOException {
        this(db, new OpenPeriods());
    }

    /** With the months {@code periods} says are locked. */
    KesehatanPlatform(DataSource db, PeriodGuard periods) throws SQLException, IOException {
        this.db = db;
        new SchemaMigrator(db).migrate("org.posyandu.core", TestDatabase.coreMigrations());
        new SchemaMigrator(db).migrate("spm-kesehatan", kesehatanMigrations());
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            String[][] regions = { { "16", "SUMATERA SELATAN", "1", null }, { "16.71", "KOTA PALEMBANG", "2", "16" },
                    { "16.71.17", "SUKARAMI", "3", "16.71" }, { DESA, "SUKAJAYA", "4", "16.71.17" } };
            for (String[] r : regions) {
                s.execute("INSERT INTO wilayah (kode, nama, nama_cari, tingkat, induk_kode) VALUES ('" + r[0] + "', '"
                        + r[1] + "', '" + r[1].toLowerCase() + "', " + r[2] + ", " + (r[3] == null ? "NULL" : "'" + r[3] + "'") + ")");
            }
        }
        KesehatanModule module = new KesehatanModule();
        registry = stub(ModuleRegistry.class, Map.of(
                "module", a -> Optional.of(module),
                "form", a -> form(module, (String) a[0]),
                "serving", a -> List.of(module.descriptor())));
        PosyanduService posyandu = stub(PosyanduService.class,
                Map.of("find", a -> Optional.ofNullable(places.get((String) a[1]))));
        WargaService people = stub(WargaService.class, Map.of("find", a -> Optional.ofNullable(residents.get((String) a[1]))));
        submissions = new SubmissionServiceImpl(db, registry, stub(ActivationService.class, Map.of("isEnabled", a -> true)),
                posyandu, people, periods, null);
        corrections = new SubmissionCorrections(db, registry, posyandu, people, periods, null);
        residentChanges = new ResidentRederivation(db, registry, posyandu, people, null);
        skdn = new SkdnReport(db);
        addPosyandu(POSYANDU, "Mawar");
    }

    void addPosyandu(String id, String nama) throws SQLException {
        insert("INSERT INTO posyandu (id, nama, nama_kunci, desa_kode, aktif, dibuat, diubah, versi) VALUES (?, ?, ?, ?, "
                + "TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)", id, nama, nama.toLowerCase(), DESA);
        places.put(id, new Posyandu(id, nama, DESA, "Desa", null, null, null, null, true, Instant.now(), Instant.now()));
    }

    private void insert(String sql, Object... values) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    private static Optional<FormDefinition> form(KesehatanModule module, String id) {
        return module.descriptor().menus().stream().map(MenuDefinition::forms).flatMap(List::stream)
                .filter(f -> f.id().equals(id)).findFirst();
    }

    static List<Migration> kesehatanMigrations() throws IOException {
        List<Migration> result = new ArrayList<>();
        try (var files = Files.list(Path.of("../org.posyandu.spm.kesehatan/src/main/resources/db/migration/kesehatan"))) {
            for (Path p : files.sorted().toList()) {
                result.add(Migration.of(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return result;
    }

    void addChild(String id, String nama, JenisKelamin jk, LocalDate lahir) throws SQLException {
        addChild(POSYANDU, id, nama, jk, lahir);
    }

    void addChild(String posyanduId, String id, String nama, JenisKelamin jk, LocalDate lahir) throws SQLException {
        insert("INSERT INTO warga (id, nama, nama_kunci, jenis_kelamin, tanggal_lahir, desa_kode, posyandu_id, dibuat, "
                + "diubah, versi) VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)", id, nama,
                nama.toLowerCase(), jk.name(), Date.valueOf(lahir), DESA, posyanduId);
        residents.put(id, warga(posyanduId, id, nama, jk, lahir));
    }

    /** A birth date or sex corrected, as WargaServiceImpl does it: the record, then its listeners. */
    void correctChild(String id, JenisKelamin jk, LocalDate lahir) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE warga SET jenis_kelamin = ?, tanggal_lahir = ? WHERE id = ?")) {
            ps.setString(1, jk.name());
            ps.setDate(2, Date.valueOf(lahir));
            ps.setString(3, id);
            ps.executeUpdate();
            try (Statement touch = c.createStatement()) {
                touch.execute("INSERT INTO posyandu_perubahan (posyandu_id, jumlah) SELECT id, 1 FROM posyandu");
            }
        }
        Warga before = residents.get(id);
        Warga after = warga(before.posyanduId(), id, before.nama(), jk, lahir);
        residents.put(id, after);
        residentChanges.changed(before, after);
    }

    static Warga warga(String posyanduId, String id, String nama, JenisKelamin jk, LocalDate lahir) {
        return new Warga(id, null, null, nama, jk, lahir, DESA, null, null, null, posyanduId, null, null, List.of(),
                List.of(), Instant.now(), Instant.now());
    }

    /** The SKDN report of the Posyandu for a month, as served (kept figures used when current). */
    String skdn(String posyanduId, YearMonth bulan) throws SQLException {
        try (Connection c = db.getConnection()) {
            return String.valueOf(skdn.produce(request(posyanduId, bulan), c).body());
        }
    }

    String eppgbm(String posyanduId, YearMonth bulan) throws SQLException {
        try (Connection c = db.getConnection()) {
            return String.valueOf(new EppgbmExport().produce(request(posyanduId, bulan), c).body());
        }
    }

    private static ReportRequest request(String posyanduId, YearMonth bulan) {
        return new ReportRequest(bulan, new ReportArea(posyanduId, "Mawar", ReportArea.POSYANDU), List.of(), null,
                LocalDate.now(), Map.of());
    }

    /** Every stored weighing with every value (derived ones too), without the row's id and time: by child and date. */
    List<String> weighings(String posyanduId) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM kes_penimbangan WHERE posyandu_id = ? ORDER BY warga_id, tanggal")) {
            ps.setString(1, posyanduId);
            ResultSet rs = ps.executeQuery();
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String column = md.getColumnName(i).toLowerCase();
                    if (!List.of("id", "dibuat", "dibuat_oleh").contains(column)) {
                        row.append(column).append('=').append(rs.getString(i)).append(' ');
                    }
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    static <T> T stub(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new UnsupportedOperationException(method.getName());
            }
            return answer.apply(args);
        });
    }
}
