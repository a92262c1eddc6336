package org.posyandu.api.security;

import java.time.Instant;

/**
 * Filters for reading the audit trail; every field but paging is optional.
 *
 * @param from  inclusive
 * @param to    exclusive
 */
public record AuditQuery(String username, String action, String objectType, String objectId, Instant from,
        Instant to, int offset, int limit) {
}
