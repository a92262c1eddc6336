package org.posyandu.core.internal.security;

import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings of configuration PID {@code org.posyandu.security} ({@code etc/org.posyandu.security.cfg}) that
 * shape logins: access-token lifetime ({@code access.token.minutes}, 1–15, default 10) and refresh-token lifetime
 * ({@code refresh.token.days}, default 30). A value that is not a number is logged and the default used.
 */
record SecurityConfig(Duration accessTtl, Duration refreshTtl) {
    static final String PID = "org.posyandu.security";
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

    static SecurityConfig of(Map<String, Object> config) {
        long accessMinutes = Math.max(1, Math.min(15, longConfig(config, "access.token.minutes", 10)));
        return new SecurityConfig(Duration.ofMinutes(accessMinutes),
                Duration.ofDays(Math.max(1, longConfig(config, "refresh.token.days", 30))));
    }

    private static long longConfig(Map<String, Object> config, String key, long fallback) {
        Object v = config.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.toString().trim());
        } catch (NumberFormatException e) {
            LOG.warn("{}: {} = '{}' is not a number; using {}", PID, key, v, fallback);
            return fallback;
        }
    }
}
