package org.posyandu.spm.kesehatan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.posyandu.api.spm.ReportArea;
import org.posyandu.api.spm.ReportRequest;

/**
 * SKDN's S and K follow life events, on a real (in-memory Derby) database with the core's and the module's real
 * migrations: a child is counted in the months it was present, up to the month it died or moved, at the Posyandu it
 * left for the month of a move and at the one it joined from the month after; a voided move changes nothing.
 */
class SkdnLifeEventsTest {
    private static final String DESA = "16.71.17.1003";
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private final EmbeddedDataSource db = new EmbeddedDataSource();
    private final String p1 = UUID.randomUUID().toString();
    private final String p2 = UUID.randomUUID().toString();

    @BeforeEach
    void setUp() throws Exception {
        db.setDatabaseName("memory:skdn-" + UUID.randomUUID());
        db.setCreateDatabase("create");
        run(Path.of("../org.posyandu.core/src/main/resources/db/migration/core"));
        run(Path.of("src/main/resources/db/migration/kesehatan"));
        sql("INSERT INTO wilayah (kode, nama, nama_cari, tingkat, induk_kode) VALUES ('" + DESA + "', 'Desa', 'desa', 4, NULL)");
        for (String p : List.of(p1, p2)) {
            sql("INSERT INTO posyandu (id, nama, nama_kunci, desa_kode, aktif, dibuat, diubah, versi) VALUES (?, ?, ?, ?,"
                    + " TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)", p, p, p, DESA);
        }
        LocalDate born = LocalDate.of(2025, 1, 10);
        String died = warga(p1, born, "2026-10-15", null);
        String moved = warga(p2, born, null, "2026-10-10");
        warga(p1, born, null, null);
        String voidedMove = warga(p1, born, null, null);
        event(moved, p1, p2, "2026-10-10", false);
        event(voidedMove, p1, p2, "2026-10-12", true);
        sql("INSERT INTO kes_balita (id, posyandu_id, warga_id, tanggal, periode, form_versi, dibuat, dibuat_oleh,"
                + " punya_buku_kia) VALUES (?, ?, ?, DATE('2026-08-01'), '2026-08', 1, CURRENT_TIMESTAMP, 'uji', TRUE)",
                UUID.randomUUID().toString(), p1, moved);
        sql("UPDATE warga SET keluar_jenis = 'meninggal' WHERE id = ?", died);
    }

    @Test
    void eachChildIsCountedInTheMonthsItWasPresent() throws Exception {
        assertEquals(List.of(4L, 1L), sk(posyandu(p1), OCT), "the dead and the moved child still count in October");
        assertEquals(List.of(2L, 0L), sk(posyandu(p1), NOV), "not from the month after");
        assertEquals(List.of(0L, 0L), sk(posyandu(p2), OCT), "not twice in the month of the move");
        assertEquals(List.of(1L, 1L), sk(posyandu(p2), NOV), "at the new Posyandu from the month after");
        // the whole desa at once (the area statements) says the same as its Posyandu
        assertEquals(List.of(4L, 1L), sk(new ReportArea(DESA, "Desa", "desa"), OCT));
        assertEquals(List.of(3L, 1L), sk(new ReportArea(DESA, "Desa", "desa"), NOV));
    }

    private List<Long> sk(ReportArea area, YearMonth month) throws Exception {
        ReportRequest request = new ReportRequest(month, area, List.of(), null, LocalDate.of(2026, 11, 30), Map.of());
        try (Connection c = db.getConnection()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) new SkdnReport(db).produce(request, c).body();
            return List.of((Long) body.get("S"), (Long) body.get("K"));
        }
    }

    private static ReportArea posyandu(String id) {
        return new ReportArea(id, "Posyandu", ReportArea.POSYANDU);
    }

    private String warga(String posyandu, LocalDate born, String keluar, String masuk) throws SQLException {
        String id = UUID.randomUUID().toString();
        sql("INSERT INTO warga (id, nama, nama_kunci, jenis_kelamin, tanggal_lahir, desa_kode, posyandu_id, keluar_tanggal,"
                + " masuk_tanggal, dibuat, diubah, versi) VALUES (?, 'Anak', 'anak', 'L', ?, ?, ?, ?, ?,"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)", id, java.sql.Date.valueOf(born), DESA, posyandu,
                keluar == null ? null : java.sql.Date.valueOf(keluar), masuk == null ? null : java.sql.Date.valueOf(masuk));
        return id;
    }

    private void event(String warga, String from, String to, String tanggal, boolean voided) throws SQLException {
        sql("INSERT INTO warga_peristiwa (id, warga_id, jenis, tanggal, posyandu_asal, posyandu_tujuan, dicatat,"
                + " dicatat_oleh, dibatalkan) VALUES (?, ?, 'pindah', ?, ?, ?, CURRENT_TIMESTAMP, 'uji', "
                + (voided ? "CURRENT_TIMESTAMP" : "NULL") + ")", UUID.randomUUID().toString(), warga,
                java.sql.Date.valueOf(tanggal), from, to);
    }

    private void sql(String statement, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    /** Runs a folder's migration scripts in version order, statement by statement. */
    private void run(Path folder) throws IOException, SQLException {
        List<Path> scripts;
        try (var files = Files.list(folder)) {
            scripts = files.sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
        }
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (Path script : scripts) {
                StringBuilder text = new StringBuilder();
                for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
                    if (!line.strip().startsWith("--")) {
                        text.append(line).append('\n');
                    }
                }
                for (String statement : text.toString().split(";\\s*\n")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
        }
    }

    private static int version(Path script) {
        String name = script.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
