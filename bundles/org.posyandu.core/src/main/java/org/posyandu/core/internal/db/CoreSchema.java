package org.posyandu.core.internal.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.core.internal.wilayah.WilayahLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the core's tables up to date and loads the region list before anything reads them. Every core
 * service references this component, so none of them activates on a schema that is not ready.
 */
@Component(service = CoreSchema.class, immediate = true)
public final class CoreSchema {
    public static final String OWNER = "org.posyandu.core";
    private static final String MIGRATIONS = "db/migration/core";
    private static final Logger LOG = LoggerFactory.getLogger(CoreSchema.class);

    private final int wilayahCount;

    @Activate
    public CoreSchema(@Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource,
            BundleContext context) throws SQLException, IOException {
        Bundle bundle = context.getBundle();
        long start = System.nanoTime();
        int applied = new SchemaMigrator(dataSource).migrate(OWNER, scripts(bundle));
        long migrated = System.nanoTime();
        WilayahLoader loader = new WilayahLoader(dataSource, getClass().getClassLoader());
        int loaded = loader.loadIfMissing();
        long done = System.nanoTime();
        this.wilayahCount = loader.loadedCount().orElseThrow();
        LOG.info("Core schema ready: {} migration(s) applied in {} ms; {} ms", applied,
                (migrated - start) / 1_000_000,
                loaded > 0 ? "loaded " + loaded + " regions in " + (done - migrated) / 1_000_000
                        : "region list already loaded (" + wilayahCount + " regions), checked in "
                                + (done - migrated) / 1_000_000);
    }

    /** Number of regions in the loaded data set. */
    public int wilayahCount() {
        return wilayahCount;
    }

    static List<Migration> scripts(Bundle bundle) throws IOException {
        List<Migration> result = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(MIGRATIONS, "V*.sql", false);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            try (InputStream in = url.openStream()) {
                result.add(Migration.of(path.substring(path.lastIndexOf('/') + 1),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        if (result.isEmpty()) {
            throw new IOException("no migrations found under " + MIGRATIONS);
        }
        return result;
    }
}
