package org.posyandu.api.spm;

import java.util.List;

/**
 * A field applies only when another field holds one of {@code values} (for a boolean field: {@code true} or
 * {@code false}; for a multi-choice field: contains one of them). A field that does not apply must be left
 * empty; a required field is required only when it applies.
 */
public record Condition(String field, List<Object> values) {
    public Condition {
        values = List.copyOf(values);
    }

    public static Condition when(String field, Object... values) {
        return new Condition(field, List.of(values));
    }
}
