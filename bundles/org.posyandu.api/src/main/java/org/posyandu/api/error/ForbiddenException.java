package org.posyandu.api.error;

import java.util.List;

/** The caller is logged in but may not do this (wrong role, or a target outside its wilayah): HTTP 403. */
public class ForbiddenException extends ApiException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String detail, String detailEn) {
        super(403, "forbidden", "Tidak diizinkan", "Forbidden", detail, detailEn, List.of());
    }

    /** A refusal tied to one field of the request, e.g. a {@code desaKode} outside the caller's wilayah. */
    public ForbiddenException(FieldError error) {
        super(403, "forbidden", "Tidak diizinkan", "Forbidden", error.message(), error.messageEn(), List.of(error));
    }

    /** The standard refusal for a field whose value lies outside the caller's wilayah. */
    public static ForbiddenException outsideScope(String field, String value) {
        return new ForbiddenException(new FieldError(field, "scope",
                "'" + value + "' di luar wilayah kewenangan Anda.", "'" + value + "' is outside your scope."));
    }
}
