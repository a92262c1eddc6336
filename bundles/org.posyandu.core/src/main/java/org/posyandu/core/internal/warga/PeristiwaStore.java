package org.posyandu.core.internal.warga;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.posyandu.api.warga.JenisPeristiwa;
import org.posyandu.api.warga.Peristiwa;

/**
 * The rows of life events ({@code warga_peristiwa}) and what they keep on the resident's row ({@code keluar_*},
 * {@code masuk_tanggal}, {@code hamil_berakhir}), in plain SQL on the caller's connection, so an event is recorded in
 * the same transaction as a submission that records it. Nothing here commits.
 */
public final class PeristiwaStore {
    private static final String COLUMNS = "id, warga_id, jenis, tanggal, posyandu_asal, asal_sejak, posyandu_tujuan,"
            + " keterangan, sumber, dicatat, dicatat_oleh, dibatalkan, dibatalkan_oleh, alasan_batal";
    private static final String STANDING = "warga_id = ? AND dibatalkan IS NULL";

    private PeristiwaStore() {
    }

    /** What the events need to know of a resident's row. */
    public record State(String posyanduId, LocalDate masukTanggal, LocalDate keluarTanggal, LocalDate hpht,
            LocalDate hamilBerakhir) {
    }

    /** An event to insert; {@code asalSejak} is the resident's {@code masuk_tanggal} at the Posyandu of origin. */
    public record NewEvent(String id, String wargaId, JenisPeristiwa jenis, LocalDate tanggal, String posyanduAsal,
            LocalDate asalSejak, String posyanduTujuan, String keterangan, String sumber, String oleh, Instant dicatat) {
    }

    public static Optional<State> state(Connection c, String wargaId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT posyandu_id, masuk_tanggal, keluar_tanggal, hpht,"
                + " hamil_berakhir FROM warga WHERE id = ?")) {
            ps.setString(1, wargaId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new State(rs.getString(1), date(rs, 2), date(rs, 3), date(rs, 4),
                        date(rs, 5))) : Optional.empty();
            }
        }
    }

    /**
     * Locks the resident's row for this transaction if the resident is still served (neither died nor moved away);
     * false if not. Two events racing for one resident are so put one after the other.
     */
    public static boolean claimPresent(Connection c, String wargaId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE warga SET versi = versi + 1 WHERE id = ? AND keluar_tanggal IS NULL")) {
            ps.setString(1, wargaId);
            return ps.executeUpdate() == 1;
        }
    }

    public static void insert(Connection c, NewEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO warga_peristiwa (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL)")) {
            ps.setString(1, e.id());
            ps.setString(2, e.wargaId());
            ps.setString(3, e.jenis().jsonName());
            ps.setDate(4, Date.valueOf(e.tanggal()));
            ps.setString(5, e.posyanduAsal());
            ps.setDate(6, e.asalSejak() == null ? null : Date.valueOf(e.asalSejak()));
            ps.setString(7, e.posyanduTujuan());
            ps.setString(8, e.keterangan());
            ps.setString(9, e.sumber());
            ps.setTimestamp(10, Timestamp.from(e.dicatat()));
            ps.setString(11, e.oleh());
            ps.executeUpdate();
        }
    }

    /** Marks a standing event voided; false if it was voided meanwhile. */
    public static boolean voidEvent(Connection c, String id, String oleh, String alasan, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE warga_peristiwa SET dibatalkan = ?, dibatalkan_oleh = ?,"
                + " alasan_batal = ? WHERE id = ? AND dibatalkan IS NULL")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, oleh);
            ps.setString(3, alasan);
            ps.setString(4, id);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Voids the standing events a submission recorded ({@code sumber} = {@code formId/submissionId}) and keeps the
     * resident's row in step: for a submission that is voided or corrected (its new version records its events again
     * through {@code SpmModule.peristiwa}). Returns how many were voided.
     */
    public static int voidBySource(Connection c, String wargaId, String sumber, String oleh, String alasan, Instant now)
            throws SQLException {
        int voided;
        try (PreparedStatement ps = c.prepareStatement("UPDATE warga_peristiwa SET dibatalkan = ?, dibatalkan_oleh = ?,"
                + " alasan_batal = ? WHERE " + STANDING + " AND sumber = ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, oleh);
            ps.setString(3, alasan);
            ps.setString(4, wargaId);
            ps.setString(5, sumber);
            voided = ps.executeUpdate();
        }
        if (voided > 0) {
            refresh(c, wargaId, now);
        }
        return voided;
    }

    /** Serves the resident at another Posyandu since {@code masuk} (a move, or a voided move undone). */
    public static void place(Connection c, String wargaId, String posyanduId, LocalDate masuk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE warga SET posyandu_id = ?, masuk_tanggal = ?, versi = versi + 1 WHERE id = ?")) {
            ps.setString(1, posyanduId);
            ps.setDate(2, masuk == null ? null : Date.valueOf(masuk));
            ps.setString(3, wargaId);
            ps.executeUpdate();
        }
    }

    /**
     * Keeps on the resident's row what the standing events say: whether and when the resident died or moved away,
     * and when the last pregnancy ended.
     */
    public static void refresh(Connection c, String wargaId, Instant now) throws SQLException {
        String keluarJenis = null;
        LocalDate keluarTanggal = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT jenis, tanggal FROM warga_peristiwa WHERE " + STANDING
                + " AND (jenis = 'meninggal' OR (jenis = 'pindah' AND posyandu_tujuan IS NULL))"
                + " ORDER BY tanggal, dicatat")) {
            ps.setString(1, wargaId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    keluarJenis = rs.getString(1);
                    keluarTanggal = date(rs, 2);
                }
            }
        }
        LocalDate hamilBerakhir;
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(tanggal) FROM warga_peristiwa WHERE " + STANDING
                + " AND jenis = 'kehamilan_berakhir'")) {
            ps.setString(1, wargaId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                hamilBerakhir = date(rs, 1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE warga SET keluar_jenis = ?, keluar_tanggal = ?,"
                + " hamil_berakhir = ?, diubah = ?, versi = versi + 1 WHERE id = ?")) {
            ps.setString(1, keluarJenis);
            ps.setDate(2, keluarTanggal == null ? null : Date.valueOf(keluarTanggal));
            ps.setDate(3, hamilBerakhir == null ? null : Date.valueOf(hamilBerakhir));
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setString(5, wargaId);
            ps.executeUpdate();
        }
    }

    /** A resident's events, voided ones too, oldest first. */
    public static List<Peristiwa> list(Connection c, String wargaId) throws SQLException {
        List<Peristiwa> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM warga_peristiwa WHERE warga_id = ? ORDER BY tanggal, dicatat")) {
            ps.setString(1, wargaId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
        }
        return result;
    }

    /** Whether a standing event of the resident was recorded after the given one. */
    public static boolean hasLaterStanding(Connection c, Peristiwa p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM warga_peristiwa WHERE " + STANDING
                + " AND id <> ? AND dicatat >= ?")) {
            ps.setString(1, p.wargaId());
            ps.setString(2, p.id());
            ps.setTimestamp(3, Timestamp.from(p.dicatat()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** The date the resident had been served at the origin of a move since ({@code null}: since registration). */
    public static LocalDate asalSejak(Connection c, String peristiwaId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT asal_sejak FROM warga_peristiwa WHERE id = ?")) {
            ps.setString(1, peristiwaId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? date(rs, 1) : null;
            }
        }
    }

    private static Peristiwa read(ResultSet rs) throws SQLException {
        Timestamp batal = rs.getTimestamp(12);
        return new Peristiwa(rs.getString(1), rs.getString(2), rs.getString(3), date(rs, 4), rs.getString(5),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getString(11),
                batal == null ? null : batal.toInstant(), rs.getString(13), rs.getString(14));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
