package org.posyandu.api.health;

import java.util.Map;

/**
 * Outcome of one {@link HealthCheck}.
 *
 * @param up      whether the part can serve
 * @param details small facts worth showing an operator (counts, versions, the reason it is down)
 */
public record HealthStatus(boolean up, Map<String, Object> details) {
    public HealthStatus {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static HealthStatus up(Map<String, Object> details) {
        return new HealthStatus(true, details);
    }

    public static HealthStatus down(String reason) {
        return new HealthStatus(false, Map.of("reason", reason));
    }
}
