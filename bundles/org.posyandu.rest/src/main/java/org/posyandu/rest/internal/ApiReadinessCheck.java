package org.posyandu.rest.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.BaseDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.posyandu.api.health.HealthCheck;
import org.posyandu.api.health.HealthStatus;

/**
 * UP only once the whiteboard serves every core resource and has stopped changing for a moment. Resources
 * and extensions register one by one at start-up and each one rebuilds the application's CXF endpoint, during
 * which requests answer 404; "the health resource answers" alone is therefore not "the API is ready" (a
 * client that started on that signal saw 404s on /wilayah and /posyandu). The runtime DTO is updated a
 * moment before the rebuilt endpoint is published, so the check also waits until the DTO has not changed
 * for {@link #SETTLE_NANOS}.
 */
@Component(service = HealthCheck.class)
public final class ApiReadinessCheck implements HealthCheck {
    /** The {@code osgi.jaxrs.name} of every core resource. */
    static final Set<String> CORE_RESOURCES = Set.of(HealthResource.NAME, WilayahResource.NAME,
            PosyanduResource.NAME, PengurusResource.NAME, WargaResource.NAME, PendanaanResource.NAME,
            AuthResource.NAME, UserResource.NAME, AuditResource.NAME, ModulesResource.NAME, ActivationResource.NAME,
            FormsResource.NAME, SyncResource.NAME, AntropometriResource.NAME, AntropometriTabelResource.NAME,
            ReportsResource.NAME, OpenApiResource.NAME, PeristiwaResource.NAME, KeluargaResource.NAME, PeriodeResource.NAME,
            VerifikasiResource.NAME);

    /** How long the whiteboard must stay unchanged before the API counts as ready. */
    static final long SETTLE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final JaxrsServiceRuntime runtime;
    private String lastFingerprint;
    private long lastChangeSeen;

    @Activate
    public ApiReadinessCheck(@Reference JaxrsServiceRuntime runtime) {
        this.runtime = runtime;
    }

    /** Whether the whiteboard's runtime state has stayed the same for {@link #SETTLE_NANOS}. */
    private synchronized boolean settled(RuntimeDTO dto) {
        String fingerprint = fingerprint(dto);
        long now = System.nanoTime();
        if (!fingerprint.equals(lastFingerprint)) {
            lastFingerprint = fingerprint;
            lastChangeSeen = now;
        }
        return now - lastChangeSeen >= SETTLE_NANOS;
    }

    /** The service ids of everything in the default application, and of everything that failed. */
    private static String fingerprint(RuntimeDTO dto) {
        StringBuilder f = new StringBuilder();
        if (dto.defaultApplication != null) {
            f.append(dto.defaultApplication.serviceId).append('|');
            for (BaseDTO d : concat(dto.defaultApplication.resourceDTOs, dto.defaultApplication.extensionDTOs)) {
                f.append(d.serviceId).append(',');
            }
        }
        f.append('|');
        for (BaseDTO d : concat(dto.failedResourceDTOs, dto.failedExtensionDTOs)) {
            f.append(d.serviceId).append(',');
        }
        return f.toString();
    }

    private static List<BaseDTO> concat(BaseDTO[] a, BaseDTO[] b) {
        List<BaseDTO> all = new java.util.ArrayList<>();
        if (a != null) {
            all.addAll(Arrays.asList(a));
        }
        if (b != null) {
            all.addAll(Arrays.asList(b));
        }
        return all;
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
        if (!settled(dto)) {
            return new HealthStatus(false, Map.of("reason", "settling", "failed", failed));
        }
        return HealthStatus.up(Map.of("resources", served.size(), "failed", failed));
    }

}
