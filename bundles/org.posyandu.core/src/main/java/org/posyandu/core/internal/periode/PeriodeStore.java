package org.posyandu.core.internal.periode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.spm.PeriodeBatas;
import org.posyandu.api.spm.PeriodeEvent;
import org.posyandu.api.spm.PeriodeState;
import org.posyandu.api.spm.PeriodeStatus;
import org.posyandu.api.wilayah.WilayahKode;
import org.posyandu.core.internal.db.CoreSchema;
import org.posyandu.core.internal.db.Fields;
import org.posyandu.core.internal.security.AuditLines;

/**
 * The tables of verification and locking ({@code periode_status}, {@code periode_riwayat}, deadlines in
 * {@link BatasStore}), and the one rule that turns a stored row into the state a month is in: a month with no row
 * is {@code terbuka}; once the kabupaten's deadline has passed and it locks automatically, a month not reopened is
 * {@code dikunci}.
 */
@Component(service = PeriodeStore.class)
public final class PeriodeStore {
    private final DataSource dataSource;
    private final Clock clock;
    private final BatasStore batas;

    /** A stored state row. */
    record Row(PeriodeStatus status, boolean dibukaKembali, String alasan, Instant diubah, String diubahOleh) {
    }

    @Activate
    public PeriodeStore(@Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource,
            @Reference CoreSchema schema) {
        this(dataSource, Clock.systemDefaultZone());
    }

    PeriodeStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.batas = new BatasStore(dataSource);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

    BatasStore batas() {
        return batas;
    }

    /** The last day data of {@code periode} may come in as it stands in kabupaten {@code kab}. */
    LocalDate deadline(PeriodeBatas rule, YearMonth periode) {
        return periode.plusMonths(1).atDay(rule.hari());
    }

    boolean pastDeadline(String kab, YearMonth periode) {
        return today().isAfter(deadline(batas.of(kab), periode));
    }

    /** The state of a Posyandu's month, standing in desa {@code desaKode}, given its stored row (or none). */
    PeriodeState state(String posyanduId, String desaKode, YearMonth periode, Optional<Row> row) {
        PeriodeBatas rule = batas.of(WilayahKode.kabupatenOf(desaKode));
        LocalDate deadline = deadline(rule, periode);
        Row r = row.orElse(null);
        PeriodeStatus status = r == null ? PeriodeStatus.TERBUKA : r.status();
        boolean reopened = r != null && r.dibukaKembali();
        boolean auto = status != PeriodeStatus.DIKUNCI && rule.kunciOtomatis() && !reopened
                && today().isAfter(deadline);
        return new PeriodeState(posyanduId, periode.toString(), auto ? PeriodeStatus.DIKUNCI.jsonName() : status.jsonName(),
                auto, reopened, r == null ? null : r.alasan(), r == null ? null : r.diubah(),
                r == null ? null : r.diubahOleh(), deadline);
    }

    Optional<Row> row(String posyanduId, YearMonth periode) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT status, dibuka_kembali, alasan, diubah, diubah_oleh "
                        + "FROM periode_status WHERE posyandu_id = ? AND periode = ?")) {
            ps.setString(1, posyanduId);
            ps.setString(2, periode.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored rows of the month for every Posyandu standing in {@code wilayah} (a code of any level). */
    Map<String, Row> rows(String wilayah, YearMonth periode) {
        Map<String, Row> result = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT s.status, s.dibuka_kembali, s.alasan, s.diubah, "
                        + "s.diubah_oleh, s.posyandu_id FROM periode_status s JOIN posyandu p ON p.id = s.posyandu_id "
                        + "WHERE s.periode = ? AND (p.desa_kode = ? OR p.desa_kode LIKE ?)")) {
            ps.setString(1, periode.toString());
            ps.setString(2, wilayah);
            ps.setString(3, wilayah + ".%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(6), read(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    private static Row read(ResultSet rs) throws SQLException {
        return new Row(PeriodeStatus.ofJsonName(rs.getString(1)), rs.getBoolean(2), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getString(5));
    }

    /**
     * Moves a month from the stored status {@code before} ({@code null}: no row yet) to {@code after} and appends
     * {@code event} and the audit {@code lines} that describe the step, in one transaction. A 409 naming
     * {@code status} if another step changed the month meanwhile.
     */
    void transition(String posyanduId, YearMonth periode, PeriodeStatus before, Row after, PeriodeEvent event,
            List<AuditEntry> lines) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                PeriodLockRows.changing(c, posyanduId, periode);
                int changed;
                if (before == null) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO periode_status (status, dibuka_kembali, "
                            + "alasan, diubah, diubah_oleh, posyandu_id, periode) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        changed = bind(ps, after, posyanduId, periode).executeUpdate();
                    }
                } else {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE periode_status SET status = ?, "
                            + "dibuka_kembali = ?, alasan = ?, diubah = ?, diubah_oleh = ? WHERE posyandu_id = ? "
                            + "AND periode = ? AND status = ?")) {
                        bind(ps, after, posyanduId, periode).setString(8, before.jsonName());
                        changed = ps.executeUpdate();
                    }
                }
                if (changed != 1) {
                    throw Texts.changedMeanwhile();
                }
                append(c, event);
                AuditLines.append(c, lines);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                if (e instanceof SQLException s && Fields.isUniqueViolation(s)) {
                    throw Texts.changedMeanwhile();
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement bind(PreparedStatement ps, Row r, String posyanduId, YearMonth periode)
            throws SQLException {
        ps.setString(1, r.status().jsonName());
        ps.setBoolean(2, r.dibukaKembali());
        ps.setString(3, r.alasan());
        ps.setTimestamp(4, Timestamp.from(r.diubah()));
        ps.setString(5, r.diubahOleh());
        ps.setString(6, posyanduId);
        ps.setString(7, periode.toString());
        return ps;
    }

    private static void append(Connection c, PeriodeEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO periode_riwayat (posyandu_id, periode, aksi, "
                + "status_sebelum, status, alasan, waktu, oleh, peran) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, e.posyanduId());
            ps.setString(2, e.periode());
            ps.setString(3, e.aksi());
            ps.setString(4, e.statusSebelum());
            ps.setString(5, e.status());
            ps.setString(6, e.alasan());
            ps.setTimestamp(7, Timestamp.from(e.waktu()));
            ps.setString(8, e.oleh());
            ps.setString(9, e.peran());
            ps.executeUpdate();
        }
    }


    /** The month's history, oldest first. */
    List<PeriodeEvent> history(String posyanduId, YearMonth periode) {
        List<PeriodeEvent> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT id, waktu, aksi, status_sebelum, status, alasan, oleh, "
                        + "peran FROM periode_riwayat WHERE posyandu_id = ? AND periode = ? ORDER BY id")) {
            ps.setString(1, posyanduId);
            ps.setString(2, periode.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new PeriodeEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), posyanduId,
                            periode.toString(), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }
}
