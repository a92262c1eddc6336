package org.posyandu.api.error;

import java.util.List;

/** Input that breaks one or more rules: HTTP 422 with one entry per broken rule. */
public class ValidationException extends ApiException {
    private static final long serialVersionUID = 1L;

    public ValidationException(List<FieldError> errors) {
        super(422, "validation", "Data tidak valid", "Invalid data",
                "Periksa kembali isian yang ditandai.", "Check the marked fields.", errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one field error");
        }
    }

    public static ValidationException of(FieldError error) {
        return new ValidationException(List.of(error));
    }
}
