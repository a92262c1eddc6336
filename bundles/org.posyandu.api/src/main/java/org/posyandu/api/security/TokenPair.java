package org.posyandu.api.security;

/**
 * What a login or a refresh answers (RFC 6749 field names).
 *
 * @param expiresIn lifetime of the access token in seconds
 */
public record TokenPair(String accessToken, String tokenType, long expiresIn, String refreshToken) {
}
