package org.posyandu.core.internal.security;

import java.util.Locale;
import java.util.Set;

import org.posyandu.api.error.Errors;

/**
 * The minimum password policy (OWASP ASVS 2.1): at least 12 and at most 128 characters, any characters
 * (spaces and passphrases welcome, no composition rules), not containing the username, not one character
 * repeated, and not a well-known password.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Passwords that pass the length rule yet are on every attacker's list (lower case). */
    private static final Set<String> COMMON = Set.of("123456789012", "1234567890123", "12345678901234",
            "qwertyuiopas", "qwerty123456", "password1234", "password12345", "passwordpassword", "123123123123",
            "111111111111", "000000000000", "abcdefghijkl", "abc123abc123", "iloveyou1234", "admin1234567",
            "administrator", "posyandu1234", "posyandu2024", "posyandu2025", "posyandu2026", "posyanduposyandu",
            "bismillah123", "bismillah1234", "indonesia123", "indonesia1234", "indonesia2024", "indonesia2025",
            "merdeka12345", "sayangkamu123", "rahasia12345", "katasandi123", "katasandi1234", "passw0rd1234",
            "welcome12345", "letmein12345", "changeme1234", "kader1234567", "puskesmas123");

    private PasswordPolicy() {
    }

    /** Adds one error per broken rule to {@code errors} under {@code field}. */
    public static void check(Errors errors, String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            errors.add(field, "required", "Wajib diisi.", "Required.");
            return;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            errors.add(field, "password.minLength", "Kata sandi paling sedikit " + MIN_LENGTH + " karakter.",
                    "A password has at least " + MIN_LENGTH + " characters.");
            return;
        }
        if (length > MAX_LENGTH) {
            errors.add(field, "password.maxLength", "Kata sandi paling banyak " + MAX_LENGTH + " karakter.",
                    "A password has at most " + MAX_LENGTH + " characters.");
            return;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            errors.add(field, "password.containsUsername", "Kata sandi tidak boleh memuat nama pengguna.",
                    "A password must not contain the username.");
        } else if (password.codePoints().distinct().count() == 1) {
            errors.add(field, "password.repeated", "Kata sandi tidak boleh satu karakter yang diulang.",
                    "A password must not be one character repeated.");
        } else if (COMMON.contains(lower)) {
            errors.add(field, "password.common", "Kata sandi ini terlalu umum; pilih yang lain.",
                    "This password is too common; choose another.");
        }
    }
}
