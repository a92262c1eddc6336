package org.posyandu.core.internal.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

import javax.persistence.EntityManager;

import org.posyandu.api.security.AuditEntry;

/**
 * Appends audit lines inside the transaction that makes the change they describe, so an acknowledged write always
 * has its line and no line describes a write that rolled back. Every successful write of the core calls one of these
 * before its commit; {@link AuditServiceImpl#record} (its own transaction) is for what writes nothing: reads of
 * personal data and refusals.
 */
public final class AuditLines {
    private static final String INSERT = "INSERT INTO audit_log (waktu, username, role, action, object_type, "
            + "object_id, wilayah, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private AuditLines() {
    }

    /** In a JPA transaction: persisted with the entity manager's other changes. */
    public static void append(EntityManager em, AuditEntry entry) {
        em.persist(new AuditEntity(entry));
    }

    /** In a plain JDBC transaction ({@code autoCommit} off): one insert, or one batch for many lines. */
    public static void append(Connection c, List<AuditEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (AuditEntry e : entries) {
                AuditEntity row = new AuditEntity(e); // the same cuts to column sizes as the JPA path
                AuditEntry cut = row.toEntryUnsaved();
                ps.setTimestamp(1, Timestamp.from(cut.waktu()));
                setText(ps, 2, cut.username());
                setText(ps, 3, cut.role() == null ? null : cut.role().name());
                setText(ps, 4, cut.action());
                setText(ps, 5, cut.objectType());
                setText(ps, 6, cut.objectId());
                setText(ps, 7, cut.wilayah());
                ps.setInt(8, cut.outcome());
                setText(ps, 9, cut.detail());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setText(PreparedStatement ps, int i, String value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, value);
        }
    }
}
