package org.posyandu.api.error;

import java.util.List;

/**
 * A failure the client can act on. The REST layer renders every subclass as an RFC 9457
 * {@code application/problem+json} document; nothing else reaches the client.
 */
public abstract class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final String titleEn;
    private final String detailEn;
    private final List<FieldError> errors;

    protected ApiException(int status, String type, String title, String titleEn, String detail, String detailEn,
            List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.titleEn = titleEn;
        this.detailEn = detailEn;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** HTTP status code. */
    public int status() {
        return status;
    }

    /** Short problem type slug, resolved by the REST layer to a URI. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String titleEn() {
        return titleEn;
    }

    /** Detail in Bahasa Indonesia. */
    public String detail() {
        return getMessage();
    }

    public String detailEn() {
        return detailEn;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
