package org.posyandu.core.internal.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.core.internal.wilayah.WilayahLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates the core's tables and loads the region list on its own thread, then registers {@link CoreSchema}.
 * Off the thread that starts bundles, so the rest of the platform (HTTP, JAX-RS, the REST bundle) starts while
 * the first start loads 91,599 regions; the health check reports the progress.
 */
@Component(service = SchemaBootstrap.class, immediate = true)
public final class SchemaBootstrap {
    public static final String OWNER = "org.posyandu.core";
    private static final String MIGRATIONS = "db/migration/core";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaBootstrap.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "posyandu-schema"));
    private volatile String state = "migrating";
    private volatile ServiceRegistration<CoreSchema> registration;

    @Activate
    public SchemaBootstrap(@Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource,
            BundleContext context) {
        worker.execute(() -> prepare(dataSource, context));
    }

    private void prepare(DataSource dataSource, BundleContext context) {
        try {
            long start = System.nanoTime();
            int applied = new SchemaMigrator(dataSource).migrate(OWNER, scripts(context.getBundle(), MIGRATIONS));
            long migrated = System.nanoTime();
            state = "loading regions";
            WilayahLoader loader = new WilayahLoader(dataSource, getClass().getClassLoader());
            int loaded = ClusterLock.holding(dataSource, ClusterLock.REGIONS, loader::loadIfMissing);
            long done = System.nanoTime();
            int count = loader.loadedCount().orElseThrow();
            LOG.info("Core schema ready: {} migration(s) applied in {} ms; {} ms", applied,
                    (migrated - start) / 1_000_000,
                    loaded > 0 ? "loaded " + loaded + " regions in " + (done - migrated) / 1_000_000
                            : "region list already loaded (" + count + " regions), checked in "
                                    + (done - migrated) / 1_000_000);
            state = "ready";
            registration = context.registerService(CoreSchema.class, new CoreSchema(count), null);
        } catch (Exception | LinkageError e) {
            state = "failed: " + e.getMessage();
            LOG.error("Core schema could not be prepared; the platform cannot serve", e);
        }
    }

    /** {@code migrating}, {@code loading regions}, {@code ready} or {@code failed: <reason>}. */
    public String state() {
        return state;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(30, TimeUnit.SECONDS);
        ServiceRegistration<CoreSchema> r = registration;
        if (r != null) {
            try {
                r.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping and the framework unregistered it first
            }
        }
    }

    /** The {@code V*.sql} scripts in a folder of a bundle (the core's own, or an SPM module's). */
    public static List<Migration> scripts(Bundle bundle, String folder) throws IOException {
        List<Migration> result = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "V*.sql", false);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            try (InputStream in = url.openStream()) {
                result.add(Migration.of(path.substring(path.lastIndexOf('/') + 1),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        if (result.isEmpty()) {
            throw new IOException("no migrations found under " + folder + " in " + bundle.getSymbolicName());
        }
        return result;
    }
}
