package org.posyandu.core.internal.security;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.Role;

/** One audit line; written once, never updated (no setters). */
@Entity
@Table(name = "audit_log")
public class AuditEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;
    private Timestamp waktu;
    private String username;
    private String role;
    private String action;
    @Column(name = "object_type")
    private String objectType;
    @Column(name = "object_id")
    private String objectId;
    private String wilayah;
    private int outcome;
    private String detail;

    protected AuditEntity() {
    }

    AuditEntity(AuditEntry e) {
        this.waktu = Timestamp.from(e.waktu());
        this.username = cut(e.username(), 64);
        this.role = e.role() == null ? null : e.role().name();
        this.action = cut(e.action(), 30);
        this.objectType = cut(e.objectType(), 40);
        this.objectId = cut(e.objectId(), 64);
        this.wilayah = cut(e.wilayah(), 13);
        this.outcome = e.outcome();
        this.detail = cut(e.detail(), 500);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** The entry as it will be stored (texts cut to their columns), before the database gives it an id. */
    AuditEntry toEntryUnsaved() {
        return entry(0);
    }

    AuditEntry toEntry() {
        return entry(id);
    }

    private AuditEntry entry(long withId) {
        return new AuditEntry(withId, waktu.toInstant(), username, role == null ? null : Role.valueOf(role), action,
                objectType, objectId, wilayah, outcome, detail);
    }
}
