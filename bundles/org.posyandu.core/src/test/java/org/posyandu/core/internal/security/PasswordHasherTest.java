package org.posyandu.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void productionHashesUseOwaspIterationsAndVerify() {
        PasswordHasher hasher = new PasswordHasher();
        String hash = hasher.hash("kata sandi yang panjang");
        String[] parts = hash.split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 600_000, hash);
        assertTrue(hasher.verify("kata sandi yang panjang", hash));
        assertFalse(hasher.verify("kata sandi yang panjanG", hash));
        assertFalse(hasher.needsRehash(hash));
    }

    @Test
    void saltMakesEveryHashDifferent() {
        PasswordHasher hasher = new PasswordHasher(1_000);
        assertNotEquals(hasher.hash("sama-sama-saja"), hasher.hash("sama-sama-saja"));
    }

    @Test
    void weakerStoredHashesStillVerifyAndAskForRehash() {
        String old = new PasswordHasher(1_000).hash("lama-tapi-benar");
        PasswordHasher current = new PasswordHasher();
        assertTrue(current.verify("lama-tapi-benar", old));
        assertTrue(current.needsRehash(old));
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        PasswordHasher hasher = new PasswordHasher(1_000);
        assertFalse(hasher.verify("x", null));
        assertFalse(hasher.verify("x", "plain"));
        assertFalse(hasher.verify("x", "pbkdf2-sha256$abc$!!$!!"));
        assertFalse(hasher.verify("x", "md5$1$aa$bb"));
    }
}
