package org.posyandu.api.security;

import java.time.Instant;

/**
 * One line of the append-only audit trail.
 *
 * @param id         sequence number, increasing; {@code 0} before it is stored
 * @param waktu      when
 * @param username   who ({@code null} when nobody was logged in, e.g. a failed login names the attempted user
 *                   in {@code detail})
 * @param role       the caller's role then
 * @param action     e.g. {@code READ}, {@code LIST}, {@code CREATE}, {@code UPDATE}, {@code EXPORT},
 *                   {@code LOGIN}, {@code LOGIN_FAILED}, {@code USER_CREATE}, {@code MODULE_ENABLE}
 * @param objectType e.g. {@code warga}, {@code user}, {@code auth}
 * @param objectId   the object's id if one object was addressed
 * @param wilayah    the wilayah code the object (or, for security events, the user) belongs to
 * @param outcome    HTTP-style status: 200/201 allowed, 401/403/404 refused, 422/409 rejected
 * @param detail     short free text (never personal data beyond the username)
 */
public record AuditEntry(long id, Instant waktu, String username, Role role, String action, String objectType,
        String objectId, String wilayah, int outcome, String detail) {

    /** A new entry stamped now, for {@link AuditService#record}. */
    public static AuditEntry of(Caller caller, String action, String objectType, String objectId, String wilayah,
            int outcome, String detail) {
        return new AuditEntry(0, Instant.now(), caller == null ? null : caller.username(),
                caller == null ? null : caller.role(), action, objectType, objectId, wilayah, outcome, detail);
    }
}
