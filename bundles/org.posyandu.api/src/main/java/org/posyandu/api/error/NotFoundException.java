package org.posyandu.api.error;

import java.util.List;

/** The addressed object does not exist (or is outside the caller's scope): HTTP 404. */
public class NotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, String whatEn, String id) {
        super(404, "not-found", "Tidak ditemukan", "Not found",
                what + " '" + id + "' tidak ditemukan.", whatEn + " '" + id + "' was not found.", List.of());
    }
}
