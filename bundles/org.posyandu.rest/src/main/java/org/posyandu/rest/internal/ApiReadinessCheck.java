package org.posyandu.rest.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.posyandu.api.health.HealthCheck;
import org.posyandu.api.health.HealthStatus;

/**
 * UP only once the whiteboard actually serves every core resource. Resources register one by one at start-up
 * and each one rebuilds the application, so "the health resource answers" alone does not mean "the API is
 * ready" (a client that started on that signal saw 404s on /wilayah for a moment).
 */
@Component(service = HealthCheck.class)
public final class ApiReadinessCheck implements HealthCheck {
    /** The {@code osgi.jaxrs.name} of every core resource. */
    static final Set<String> CORE_RESOURCES = Set.of(HealthResource.NAME, WilayahResource.NAME,
            PosyanduResource.NAME, PengurusResource.NAME, WargaResource.NAME, PendanaanResource.NAME);

    private final JaxrsServiceRuntime runtime;

    @Activate
    public ApiReadinessCheck(@Reference JaxrsServiceRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public String name() {
        return "api";
    }

    @Override
    public HealthStatus check() {
        RuntimeDTO dto = runtime.getRuntimeDTO();
        Set<String> served = dto.defaultApplication == null || dto.defaultApplication.resourceDTOs == null
                ? Set.of()
                : Arrays.stream(dto.defaultApplication.resourceDTOs).map(r -> r.name).collect(Collectors.toSet());
        List<String> missing = CORE_RESOURCES.stream().filter(n -> !served.contains(n)).sorted().toList();
        List<String> failed = dto.failedResourceDTOs == null ? List.of()
                : Arrays.stream(dto.failedResourceDTOs).map(f -> f.name + " (reason " + f.failureReason + ")")
                        .toList();
        if (!missing.isEmpty()) {
            return new HealthStatus(false, Map.of("missing", missing, "failed", failed));
        }
        return HealthStatus.up(Map.of("resources", served.size(), "failed", failed));
    }

}
