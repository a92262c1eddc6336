package org.posyandu.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Access tokens: {@code v1.<payload>.<signature>}, Base64url, payload {@code userId|sessionId|issuedAt|expiresAt}
 * (epoch seconds), signature HMAC-SHA256 over {@code v1.<payload>} with the platform's key. Opaque to clients;
 * they learn the lifetime from {@code expires_in}. Verification is constant-time on the signature and needs no
 * database.
 */
public final class TokenCodec {
    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** Far longer than any genuine token, so garbage is refused before any work. */
    private static final int MAX_LENGTH = 512;

    private final SecretKeySpec key;
    /** One initialised Mac per thread: looking up the provider and keying a Mac for every request is most of a check. */
    private final ThreadLocal<Mac> macs;

    public TokenCodec(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("HMAC-SHA256 key must have at least 256 bits");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** What a genuine token says. */
    public record Claims(String userId, String sessionId, long issuedAt, long expiresAt) {
    }

    public String encode(Claims c) {
        String payload = ENCODER.encodeToString((c.userId() + "|" + c.sessionId() + "|" + c.issuedAt() + "|"
                + c.expiresAt()).getBytes(StandardCharsets.UTF_8));
        String signed = VERSION + "." + payload;
        return signed + "." + ENCODER.encodeToString(sign(signed));
    }

    /** The claims of a token with a valid signature that has not expired at {@code nowEpochSeconds}. */
    public Optional<Claims> decode(String token, long nowEpochSeconds) {
        if (token == null || token.length() > MAX_LENGTH || !token.startsWith(VERSION + ".")) {
            return Optional.empty();
        }
        int lastDot = token.lastIndexOf('.');
        if (lastDot <= VERSION.length()) {
            return Optional.empty();
        }
        try {
            byte[] signature = DECODER.decode(token.substring(lastDot + 1));
            if (!MessageDigest.isEqual(signature, sign(token.substring(0, lastDot)))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(token.substring(VERSION.length() + 1, lastDot)),
                    StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 4) {
                return Optional.empty();
            }
            Claims claims = new Claims(parts[0], parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3]));
            return nowEpochSeconds < claims.expiresAt() ? Optional.of(claims) : Optional.empty();
        } catch (IllegalArgumentException e) { // bad Base64 or number
            return Optional.empty();
        }
    }

    private byte[] sign(String data) {
        return macs.get().doFinal(data.getBytes(StandardCharsets.US_ASCII)); // doFinal leaves the Mac reset, keyed
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
