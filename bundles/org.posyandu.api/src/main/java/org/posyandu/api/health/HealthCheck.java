package org.posyandu.api.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A part of the platform that reports whether it can serve (whiteboard: register as an OSGi service).
 * {@code GET /api/v1/health} is UP only when every registered check is UP.
 */
@ConsumerType
public interface HealthCheck {

    /** Short stable name shown in the health document, e.g. {@code database}. */
    String name();

    /** Runs the check quickly (well under a second); must not throw. */
    HealthStatus check();
}
