package org.posyandu.api.security;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Login and tokens. Access tokens are short-lived (at most 15 minutes) and checked on every request; refresh
 * tokens are long-lived, stored only as hashes, rotated on every use and revocable. Failures are
 * {@link org.posyandu.api.error.ApiException}s: 401 for bad credentials, 429 when throttled.
 */
@ProviderType
public interface AuthService {

    /** Logs in; {@code client} (an address) feeds the failure throttle. Every outcome is audited. */
    TokenPair login(String username, String password, String client);

    /** Trades a refresh token for a new pair; the old refresh token stops working. */
    TokenPair refresh(String refreshToken);

    /** Revokes the session a refresh token belongs to, and the access tokens issued for it. */
    void logout(String refreshToken);

    /** The caller an access token stands for, if it is genuine, unexpired, and its user and session live. */
    Optional<Caller> verify(String accessToken);
}
