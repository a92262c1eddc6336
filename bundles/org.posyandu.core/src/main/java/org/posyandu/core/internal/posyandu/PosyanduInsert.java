package org.posyandu.core.internal.posyandu;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.posyandu.api.error.Errors;
import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.Strata;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.Caller;
import org.posyandu.api.wilayah.Tingkat;
import org.posyandu.core.internal.db.Fields;
import org.posyandu.core.internal.db.Scopes;
import org.posyandu.core.internal.security.AuditLines;

/**
 * A new Posyandu in one connection and one transaction, with plain JDBC: the desa is looked up (it must exist; its
 * name goes into the answer), the row inserted with its audit line, the transaction committed (durably) before the answer. The name's
 * uniqueness within the desa is the table's constraint: a clash rolls back and names the Posyandu that holds it.
 * The hot write of the registry: a JPA unit of work, a separate transaction for the desa check and a query for the
 * name cost several times the insert itself (docs/benchmarks.md).
 */
final class PosyanduInsert {
    private static final String DESA = "SELECT nama FROM wilayah WHERE kode = ? AND tingkat = ?";
    private static final String INSERT = "INSERT INTO posyandu (id, nama, nama_kunci, desa_kode, alamat, rt, rw,"
            + " strata, aktif, dibuat, diubah, versi) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String HOLDER = "SELECT id FROM posyandu WHERE desa_kode = ? AND nama_kunci = ?";

    private final DataSource dataSource;

    PosyanduInsert(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The fields as validated; the desa's existence is checked here, in the writing transaction. */
    record Row(String nama, String namaKunci, String desaKode, String alamat, String rt, String rw, Strata strata,
            boolean aktif) {
    }

    /**
     * Stores a new Posyandu in desa {@code desaKode}. {@code errors} holds what validation found before the desa
     * code; {@code rest} validates the fields after it into the same errors (so they are reported in field order)
     * and yields the row.
     */
    Posyandu insert(Caller caller, String desaKode, Errors errors, Supplier<Row> rest) {
        Row row = null;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                String desaNama = desaKode == null ? null : desaNama(c, desaKode);
                if (desaKode != null && desaNama == null) {
                    Fields.unknownDesa(errors, "desaKode", desaKode);
                }
                row = rest.get();
                errors.throwIfAny();
                Scopes.requireWilayah(caller.scope(), "desaKode", desaKode);
                Posyandu created = insert(c, row, desaNama);
                AuditLines.append(c, List.of(AuditEntry.of(caller, "CREATE", PosyanduServiceImpl.AUDIT_TYPE,
                        created.id(), created.desaKode(), 201, null)));
                c.commit();
                return created;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                if (row != null && Fields.isUniqueViolation(e)) {
                    throw PosyanduServiceImpl.nameTaken(row.nama(), row.desaKode(), holder(c, row));
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing a Posyandu failed", e);
        }
    }

    private static Posyandu insert(Connection c, Row row, String desaNama) throws SQLException {
        String id = Fields.newId();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, id);
            ps.setString(2, row.nama());
            ps.setString(3, row.namaKunci());
            ps.setString(4, row.desaKode());
            ps.setString(5, row.alamat());
            ps.setString(6, row.rt());
            ps.setString(7, row.rw());
            ps.setString(8, row.strata() == null ? null : row.strata().name());
            ps.setBoolean(9, row.aktif());
            ps.setTimestamp(10, now);
            ps.setTimestamp(11, now);
            ps.executeUpdate();
        }
        return new Posyandu(id, row.nama(), row.desaKode(), desaNama, row.alamat(), row.rt(), row.rw(), row.strata(),
                row.aktif(), now.toInstant(), now.toInstant());
    }

    private static String desaNama(Connection c, String kode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DESA)) {
            ps.setString(1, kode);
            ps.setShort(2, (short) Tingkat.DESA.parts());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The id of the Posyandu that holds the name, read after the rollback (null if it went meanwhile). */
    private static String holder(Connection c, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HOLDER)) {
            ps.setString(1, row.desaKode());
            ps.setString(2, row.namaKunci());
            try (ResultSet rs = ps.executeQuery()) {
                String id = rs.next() ? rs.getString(1) : null;
                c.rollback();
                return id;
            }
        }
    }
}
