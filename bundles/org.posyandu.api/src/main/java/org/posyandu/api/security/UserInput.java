package org.posyandu.api.security;

import java.util.List;

/** A new user: an admin gets {@code wilayah} (a code of its role's level), a kader {@code posyanduIds}. */
public record UserInput(String username, String password, Role role, String wilayah, List<String> posyanduIds) {
}
