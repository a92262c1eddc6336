package org.posyandu.api.security;

import java.time.Instant;
import java.util.List;

/**
 * A platform user (never carries the password or its hash).
 *
 * @param wilayah     the wilayah an admin is bound to; {@code null} for SUPERADMIN and KADER
 * @param posyanduIds the Posyandu a kader serves; empty for others
 * @param aktif       a disabled user cannot log in and its tokens stop working
 */
public record User(String id, String username, Role role, String wilayah, List<String> posyanduIds,
        boolean aktif, Instant dibuat, Instant diubah, String dibuatOleh) {
}
