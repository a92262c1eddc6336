package org.posyandu.core.internal.spm;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.posyandu.api.spm.SubmissionInput;
import org.posyandu.api.util.Sha256;
import org.posyandu.core.internal.db.Fields;

/**
 * The content hash that tells a retry (same key, same content) from a reused key: SHA-256 of the submission in a
 * canonical order, so key order, whitespace and {@code 7.50} vs {@code 7.5} do not matter. It runs before any
 * validation, on whatever the phone sent, so it must take every value JSON can produce without throwing: a
 * number too large for a double ({@code 1e400}) arrives as Infinity, and a huge exponent must not be expanded
 * into digits.
 */
final class SubmissionHash {
    /** Beyond this many digits of scale a number is written in scientific notation, never expanded. */
    private static final int MAX_PLAIN_SCALE = 100;

    private SubmissionHash() {
    }

    static String of(String posyanduId, String formId, SubmissionInput in) {
        String canonical = posyanduId + "|" + formId + "|" + Fields.clean(in.wargaId()) + "|" + in.tanggal() + "|"
                + canonical(in.data());
        return Sha256.hex(canonical);
    }

    static String canonical(Object v) {
        if (v instanceof Map<?, ?> m) {
            TreeMap<String, String> sorted = new TreeMap<>();
            m.forEach((k, x) -> sorted.put(String.valueOf(k), canonical(x)));
            return sorted.toString();
        }
        if (v instanceof List<?> l) {
            return l.stream().map(SubmissionHash::canonical).toList().toString();
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? number(new BigDecimal(v.toString())) : "Double:" + d;
        }
        if (v instanceof Number n) {
            return number(n instanceof BigDecimal b ? b : new BigDecimal(n.toString()));
        }
        return v == null ? "null" : v.getClass().getSimpleName() + ":" + v;
    }

    private static String number(BigDecimal n) {
        BigDecimal stripped = n.stripTrailingZeros();
        return Math.abs(stripped.scale()) > MAX_PLAIN_SCALE ? stripped.toString() : stripped.toPlainString();
    }
}
