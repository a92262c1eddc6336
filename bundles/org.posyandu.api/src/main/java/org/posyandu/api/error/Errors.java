package org.posyandu.api.error;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field errors while a whole input is checked, so the client learns every broken rule at once.
 */
public final class Errors {
    private final List<FieldError> errors = new ArrayList<>();

    public Errors add(FieldError error) {
        errors.add(error);
        return this;
    }

    public Errors add(String field, String rule, String message, String messageEn) {
        return add(new FieldError(field, rule, message, messageEn));
    }

    /** Adds a {@code required} error when the value is null or blank; returns whether it was present. */
    public boolean require(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(FieldError.required(field));
            return false;
        }
        return true;
    }

    /** A required text of at most {@code max} characters; returns whether it is acceptable. */
    public boolean requireText(String field, String value, int max) {
        return require(field, value) && maxLength(field, value, max);
    }

    /** Checks an optional text's length; returns whether it is acceptable. */
    public boolean maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "maxLength", "Paling banyak " + max + " karakter.", "At most " + max + " characters.");
            return false;
        }
        return true;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    /** Throws a {@link ValidationException} if any error was collected. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
