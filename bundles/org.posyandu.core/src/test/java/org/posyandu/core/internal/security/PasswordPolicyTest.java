package org.posyandu.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.posyandu.api.error.Errors;
import org.posyandu.api.error.FieldError;

class PasswordPolicyTest {

    private static List<String> rules(String password, String username) {
        Errors errors = new Errors();
        PasswordPolicy.check(errors, "password", password, username);
        return errors.list().stream().map(FieldError::rule).toList();
    }

    @Test
    void acceptsLongPassphrasesOfAnyCharacters() {
        assertEquals(List.of(), rules("kuda lumping makan sate", "siti"));
        assertEquals(List.of(), rules("Ωmega-ñandú-2026", "siti"));
    }

    @Test
    void refusesEachBrokenRuleByName() {
        assertEquals(List.of("required"), rules(null, "siti"));
        assertEquals(List.of("password.minLength"), rules("pendek-11ch", "siti"));
        assertEquals(List.of("password.maxLength"), rules("x".repeat(129), "siti"));
        assertEquals(List.of("password.containsUsername"), rules("halo-SITI-apa-kabar", "siti"));
        assertEquals(List.of("password.repeated"), rules("aaaaaaaaaaaaaa", "siti"));
        assertEquals(List.of("password.common"), rules("Posyandu2025", "siti"));
    }
}
