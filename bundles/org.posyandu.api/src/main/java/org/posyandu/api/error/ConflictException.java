package org.posyandu.api.error;

import java.util.List;

/**
 * The request clashes with a stored record (a duplicate NIK, a Posyandu name already used in the desa):
 * HTTP 409. {@link #existingId()} points at the record that is already there, so a client can offer it.
 */
public class ConflictException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final String existingId;
    private final String existingPath;

    public ConflictException(FieldError error, String existingId, String existingPath) {
        super(409, "conflict", "Data sudah ada", "Already exists", error.message(), error.messageEn(),
                List.of(error));
        this.existingId = existingId;
        this.existingPath = existingPath;
    }

    public String existingId() {
        return existingId;
    }

    /** Path of the existing record under the API root, e.g. {@code /warga/<id>}. */
    public String existingPath() {
        return existingPath;
    }
}
