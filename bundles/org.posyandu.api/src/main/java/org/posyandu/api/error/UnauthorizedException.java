package org.posyandu.api.error;

import java.util.List;

/** No valid login: missing, expired or revoked token, or wrong credentials: HTTP 401. */
public class UnauthorizedException extends ApiException {
    private static final long serialVersionUID = 1L;

    public UnauthorizedException(String detail, String detailEn) {
        super(401, "unauthorized", "Belum masuk", "Unauthorized", detail, detailEn, List.of());
    }
}
