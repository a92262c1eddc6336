package org.posyandu.api.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, which every Java runtime must provide: the one place that asks for it. */
public final class Sha256 {
    private Sha256() {
    }

    public static byte[] digest(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The digest of {@code text} (UTF-8) as 64 lower-case hex digits. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The first {@code bytes} bytes of the digest of {@code data} as lower-case hex (an ETag, a file name). */
    public static String hexPrefix(byte[] data, int bytes) {
        return HexFormat.of().formatHex(digest(data), 0, bytes);
    }
}
