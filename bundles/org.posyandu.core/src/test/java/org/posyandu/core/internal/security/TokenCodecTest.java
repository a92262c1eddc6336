package org.posyandu.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TokenCodecTest {
    private static final byte[] KEY = new byte[32];
    private final TokenCodec codec = new TokenCodec(KEY);
    private final TokenCodec.Claims claims = new TokenCodec.Claims("11111111-1111-1111-1111-111111111111",
            "22222222-2222-2222-2222-222222222222", 1_000, 1_600);

    @Test
    void roundTripsUntilExpiry() {
        String token = codec.encode(claims);
        assertEquals(claims, codec.decode(token, 1_000).orElseThrow());
        assertEquals(claims, codec.decode(token, 1_599).orElseThrow());
        assertTrue(codec.decode(token, 1_600).isEmpty());
    }

    @Test
    void anotherKeyOrAnyChangedCharacterIsRefused() {
        String token = codec.encode(claims);
        byte[] otherKey = Arrays.copyOf(KEY, 32);
        otherKey[0] = 1;
        assertTrue(new TokenCodec(otherKey).decode(token, 1_000).isEmpty());
        for (int i = 3; i < token.length(); i++) { // every position of payload and signature
            char c = token.charAt(i);
            String changed = token.substring(0, i) + (c == 'A' ? 'B' : 'A') + token.substring(i + 1);
            if (!changed.equals(token)) {
                assertTrue(codec.decode(changed, 1_000).isEmpty(), "changed at " + i);
            }
        }
    }

    @Test
    void garbageIsRefusedWithoutExceptions() {
        for (String bad : new String[] { null, "", "v1.", "v1..", "v2.abc.def", "v1.%%%.###", "x".repeat(600),
                "v1." + "a".repeat(40) + "." + "b".repeat(43) }) {
            assertTrue(codec.decode(bad, 1_000).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void shortKeysAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TokenCodec(new byte[16]));
    }
}
