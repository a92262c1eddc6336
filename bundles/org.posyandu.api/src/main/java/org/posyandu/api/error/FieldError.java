package org.posyandu.api.error;

import java.util.Objects;

/**
 * One broken rule on one input field.
 *
 * @param field     the JSON path of the field as the client sent it, e.g. {@code nik} or {@code alamat.rt}
 * @param rule      a stable machine-readable rule id, e.g. {@code required}, {@code nik.province}
 * @param message   the message in Bahasa Indonesia (shown to kader and admins)
 * @param messageEn the same message in English
 */
public record FieldError(String field, String rule, String message, String messageEn) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    public static FieldError required(String field) {
        return new FieldError(field, "required", "Wajib diisi.", "Is required.");
    }
}
