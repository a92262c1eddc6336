package org.posyandu.core.internal.warga;

import static org.posyandu.core.internal.db.Stubs.stub;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.security.Scope;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.Warga;
import org.posyandu.api.warga.WargaService;
import org.posyandu.core.internal.db.SchemaMigrator;
import org.posyandu.core.internal.db.TestDatabase;

/**
 * A real (in-memory Derby) database with the core's migrations, a desa, Posyandu and residents, and the two services
 * life events ask (residents and Posyandu) answered from its rows, as the JPA services would.
 */
public final class LifeEventFixture {
    public static final String DESA = "16.71.17.1003";
    public final DataSource db = TestDatabase.fresh();

    public LifeEventFixture() throws Exception {
        new SchemaMigrator(db).migrate("org.posyandu.core", TestDatabase.coreMigrations());
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO wilayah (kode, nama, nama_cari, tingkat, induk_kode) VALUES ('16', 'Sumsel', 'sumsel', 1, NULL),"
                    + " ('16.71', 'Palembang', 'palembang', 2, '16'), ('16.71.17', 'Kec', 'kec', 3, '16.71'),"
                    + " ('" + DESA + "', 'Desa', 'desa', 4, '16.71.17')");
        }
    }

    public String posyandu(String nama) throws SQLException {
        String id = UUID.randomUUID().toString();
        update("INSERT INTO posyandu (id, nama, nama_kunci, desa_kode, aktif, dibuat, diubah, versi) VALUES (?, ?, ?, ?,"
                + " TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)", id, nama, nama.toLowerCase(), DESA);
        return id;
    }

    public String warga(String posyanduId, String nama, JenisKelamin sex, LocalDate lahir, LocalDate hpht)
            throws SQLException {
        String id = UUID.randomUUID().toString();
        update("INSERT INTO warga (id, nama, nama_kunci, jenis_kelamin, tanggal_lahir, desa_kode, posyandu_id, hpht,"
                + " dibuat, diubah, versi) VALUES (?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)",
                id, nama, nama.toLowerCase(), sex.name(), Date.valueOf(lahir), DESA, posyanduId,
                hpht == null ? null : Date.valueOf(hpht));
        return id;
    }

    public void update(String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    public Object value(String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        }
    }

    /** The resident as WargaService answers it (status and dates from the row), if the scope covers its Posyandu. */
    public Optional<Warga> find(Scope scope, String id) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT id, nama,"
                + " jenis_kelamin, tanggal_lahir, posyandu_id, hpht, keluar_jenis, keluar_tanggal, hamil_berakhir"
                + " FROM warga WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !scope.coversPosyandu(rs.getString(5), DESA)) {
                    return Optional.empty();
                }
                return Optional.of(new Warga(id, null, null, rs.getString(2), JenisKelamin.valueOf(rs.getString(3)),
                        date(rs, 4), DESA, null, null, null, rs.getString(5), null, date(rs, 6), List.of(), List.of(),
                        Instant.now(), Instant.now(), null, rs.getString(7) == null ? Warga.AKTIF : rs.getString(7),
                        date(rs, 8), date(rs, 9)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public WargaService wargaService() {
        return stub(WargaService.class, Map.of("find", a -> find((Scope) a[0], (String) a[1])));
    }

    public PosyanduService posyanduService() {
        return stub(PosyanduService.class, Map.of("find", a -> {
            try {
                Object nama = value("SELECT nama FROM posyandu WHERE id = ?", a[1]);
                Scope scope = (Scope) a[0];
                return nama == null || !scope.coversPosyandu((String) a[1], DESA) ? Optional.empty()
                        : Optional.of(new Posyandu((String) a[1], (String) nama, DESA, "Desa", null, null, null, null,
                                true, Instant.now(), Instant.now()));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    public PeristiwaServiceImpl service() {
        return new PeristiwaServiceImpl(db, wargaService(), posyanduService(), null);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
