package org.posyandu.rest.internal.gate;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.posyandu.api.health.HealthCheck;
import org.posyandu.api.health.HealthStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's readiness: the {@link HealthCheck} services, run together into the health document, and the
 * start-up latch the {@link StartupGate} consults on every API request. It needs no other service, so it is up
 * (and the gate answers 503) long before the database or the JAX-RS whiteboard.
 * <p>
 * The latch closes again when a part goes away: a health check, or any JAX-RS resource or extension service (when
 * the platform stops, the core's services go first and the resources and extensions that need them follow one by
 * one, each rebuilding the CXF endpoint; without the gate, phones would read those moments as 404s), or a bundle
 * that serves the API starts to stop (the JAX-RS whiteboard, a bundle with a health check). When the framework
 * itself starts to stop, the gate closes for good, before any bundle stops. After closing it stays closed for
 * {@link #REOPEN_HOLD_NANOS}, so that the whiteboard's own state has caught up with the change before the checks
 * may open it again.
 */
@Component(service = PlatformHealth.class)
public final class PlatformHealth {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformHealth.class);
    /** The checks without which nothing can be served: every core resource registered, the database ready. */
    static final Set<String> REQUIRED = Set.of("api", "database");
    /** While not ready, the checks run at most this often, however many requests arrive. */
    static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    /** After a part went away, no reopening before this long. */
    static final long REOPEN_HOLD_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** The services the JAX-RS application is built from: every change of them rebuilds the CXF endpoint. */
    private static final String APPLICATION_PARTS = "(|(" + JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true)("
            + JaxrsWhiteboardConstants.JAX_RS_EXTENSION + "=true))";

    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();
    private final String version;
    private final long reopenHold;
    private volatile boolean open;
    private volatile long holdUntil = System.nanoTime();
    private long nextCheck = System.nanoTime();
    private BundleContext context;
    private volatile boolean shuttingDown;
    private final ServiceListener partGone = event -> {
        if (event.getType() == ServiceEvent.UNREGISTERING || event.getType() == ServiceEvent.MODIFIED_ENDMATCH) {
            close();
        }
    };
    private final SynchronousBundleListener stopping = event -> {
        if (event.getType() != BundleEvent.STOPPING) {
            return;
        }
        if (event.getBundle().getBundleId() == Constants.SYSTEM_BUNDLE_ID) {
            shuttingDown = true;
            close();
            LOG.info("The framework is stopping: /api/v1 answers 503 from now on");
        } else if (servesTheApi(event.getBundle())) {
            close();
            LOG.info("{} is stopping: /api/v1 answers 503 until every part is back", event.getBundle().getSymbolicName());
        }
    };

    @Activate
    public PlatformHealth(BundleContext context) throws InvalidSyntaxException {
        this(context.getBundle().getVersion().toString());
        this.context = context;
        context.addServiceListener(partGone, APPLICATION_PARTS);
        context.addBundleListener(stopping);
    }

    PlatformHealth(String version) {
        this(version, REOPEN_HOLD_NANOS);
    }

    PlatformHealth(String version, long reopenHoldNanos) {
        this.version = version;
        this.reopenHold = reopenHoldNanos;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(HealthCheck check) {
        checks.add(check);
    }

    /** A check going away (its part stopped) closes the gate until everything reports UP again. */
    void removeCheck(HealthCheck check) {
        checks.remove(check);
        close();
    }

    @Deactivate
    void deactivate() {
        if (context != null) {
            context.removeServiceListener(partGone);
            context.removeBundleListener(stopping);
        }
    }

    /** Whether a bundle registers what the API is made of: the JAX-RS runtime, a health check, a resource. */
    private static boolean servesTheApi(Bundle bundle) {
        ServiceReference<?>[] services = bundle.getRegisteredServices();
        for (ServiceReference<?> s : services == null ? new ServiceReference<?>[0] : services) {
            List<String> types = List.of((String[]) s.getProperty(Constants.OBJECTCLASS));
            if (types.contains(JaxrsServiceRuntime.class.getName()) || types.contains(HealthCheck.class.getName())
                    || s.getProperty(JaxrsWhiteboardConstants.JAX_RS_RESOURCE) != null
                    || s.getProperty(JaxrsWhiteboardConstants.JAX_RS_EXTENSION) != null) {
                return true;
            }
        }
        return false;
    }

    /** A part went away: answer "not yet" until everything is UP again, and not before the hold is over. */
    void close() {
        holdUntil = System.nanoTime() + reopenHold;
        open = false;
    }

    /** The health document and whether it says UP. */
    public record Report(boolean up, Map<String, Object> body) {
        /** The headers the health answer carries, the same whether the gate or the resource writes it. */
        public Map<String, String> headers() {
            return GateAnswer.health(this).headers();
        }
    }

    /** Runs every check now: UP only when the required checks are present and every check is UP. */
    public Report report() {
        Map<String, Object> results = new LinkedHashMap<>();
        Set<String> missing = new TreeSet<>(REQUIRED);
        boolean up = true;
        for (HealthCheck check : checks) {
            HealthStatus status;
            try {
                status = check.check();
            } catch (RuntimeException e) {
                status = HealthStatus.down(e.getClass().getSimpleName());
            }
            up &= status.up();
            missing.remove(check.name());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("status", status.up() ? "UP" : "DOWN");
            entry.putAll(status.details());
            results.put(check.name(), entry);
        }
        for (String name : missing) {
            results.put(name, Map.of("status", "DOWN", "reason", "not started yet"));
        }
        up &= missing.isEmpty();
        if (up && !shuttingDown && System.nanoTime() - holdUntil >= 0) {
            open = true;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("version", version);
        body.put("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
        BundleContext ctx = context;
        if (ctx != null) {
            InstalledSet installed = InstalledSet.of(ctx.getBundles());
            body.put("installed", installed.bundles());
            body.put("installedHash", installed.hash());
        }
        body.put("checks", results);
        return new Report(up, body);
    }

    /**
     * Whether the API serves. Once every check has been UP it stays open (a later failure of the database is
     * answered by the resources themselves); until then the checks run again at most every
     * {@link #RECHECK_NANOS}, and requests in between are answered "not yet" without running them.
     */
    public boolean ready() {
        if (open) {
            return true;
        }
        synchronized (this) {
            long now = System.nanoTime();
            if (now - nextCheck < 0) {
                return false;
            }
            nextCheck = now + RECHECK_NANOS;
        }
        report();
        return open;
    }
}
