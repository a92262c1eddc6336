package org.posyandu.api.security;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The append-only audit trail: entries are added and read, never changed or removed through the platform. */
@ProviderType
public interface AuditService {

    /**
     * Stores one entry durably before returning, in a transaction of its own: for what writes nothing (a read of
     * personal data, a refusal, a failed login). A successful write's entry is stored by the core inside the write's
     * own transaction instead, so the two commit or roll back together.
     */
    void record(AuditEntry entry);

    /** Stores many entries (e.g. one per item of a sync batch) durably, with one commit. */
    void recordAll(List<AuditEntry> entries);

    /**
     * Entries inside {@code scope}, newest first: an admin sees entries whose wilayah lies in its scope;
     * only SUPERADMIN sees entries without a wilayah.
     */
    List<AuditEntry> list(Scope scope, AuditQuery query);
}
