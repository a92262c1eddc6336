package org.posyandu.api.error;

import java.util.List;

/** Throttled (e.g. repeated failed logins): HTTP 429 with {@code Retry-After}. */
public class TooManyRequestsException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds, String detail, String detailEn) {
        super(429, "too-many-requests", "Terlalu banyak percobaan", "Too many requests", detail, detailEn,
                List.of());
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
