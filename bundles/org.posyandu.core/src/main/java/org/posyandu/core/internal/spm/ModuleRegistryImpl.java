package org.posyandu.core.internal.spm;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.posyandu.api.health.HealthCheck;
import org.posyandu.api.health.HealthStatus;
import org.posyandu.api.spm.FieldDefinition;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.ModuleDescriptor;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.api.spm.ModuleStatus;
import org.posyandu.api.spm.SpmModule;
import org.posyandu.core.internal.db.CoreSchema;
import org.posyandu.core.internal.db.SchemaBootstrap;
import org.posyandu.core.internal.db.SchemaMigrator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks {@link SpmModule} services as they come and go. When one appears, its bundle's migrations
 * ({@code db/migration/<id>/V*.sql}, history owner {@code spm-<id>}) run and its form tables are checked
 * against its form definitions; a module that fails either is reported {@code GAGAL} with the reason and is not
 * served, and nothing else is affected. A bundle that declares {@code Posyandu-Module: <id>} but registers no
 * module service (not started, failed to resolve, component error) is reported too.
 */
@Component(service = { ModuleRegistry.class, HealthCheck.class }, immediate = true)
public final class ModuleRegistryImpl implements ModuleRegistry, HealthCheck {
    /** Manifest header by which a module bundle announces itself, so a failure to start is visible. */
    public static final String HEADER = "Posyandu-Module";
    static final List<String> STANDARD_COLUMNS = List.of("id", "posyandu_id", "warga_id", "tanggal", "periode",
            "form_versi", "dibuat", "dibuat_oleh");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,38}");
    private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]{1,60}");
    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistryImpl.class);

    private final DataSource dataSource;
    private final BundleContext context;
    private final Map<String, Entry> modules = new ConcurrentHashMap<>();

    private record Entry(SpmModule module, ModuleDescriptor descriptor, long bundleId, String failure) {
    }

    @Activate
    public ModuleRegistryImpl(@Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource,
            @Reference CoreSchema schema, BundleContext context) {
        this.dataSource = dataSource;
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindModule(SpmModule module, ServiceReference<SpmModule> ref) {
        Bundle bundle = ref.getBundle();
        ModuleDescriptor d;
        try {
            d = module.descriptor();
        } catch (RuntimeException e) {
            LOG.error("SPM module of bundle {} cannot describe itself", bundle, e);
            return;
        }
        String failure = prepare(d, bundle);
        if (failure != null) {
            LOG.error("SPM module '{}' ({}) is not served: {}", d.id(), bundle.getSymbolicName(), failure);
        } else {
            LOG.info("SPM module '{}' {} serving {} form(s)", d.id(), d.versi(), d.forms().count());
        }
        modules.put(d.id(), new Entry(module, d, bundle == null ? -1 : bundle.getBundleId(), failure));
    }

    void unbindModule(SpmModule module, ServiceReference<SpmModule> ref) {
        modules.values().removeIf(e -> e.module == module);
    }

    /** Runs the module's migrations and checks its tables; the reason it cannot serve, or {@code null}. */
    private String prepare(ModuleDescriptor d, Bundle bundle) {
        if (d.id() == null || !ID.matcher(d.id()).matches()) {
            return "module id '" + d.id() + "' is not [a-z][a-z0-9-]";
        }
        for (FormDefinition f : d.forms().toList()) {
            if (!f.id().startsWith(d.id() + ".") || f.table() == null || !TABLE.matcher(f.table()).matches()) {
                return "form '" + f.id() + "' needs an id '" + d.id() + ".<form>' and a table name [a-z][a-z0-9_]";
            }
        }
        try {
            new SchemaMigrator(dataSource).migrate("spm-" + d.id(),
                    SchemaBootstrap.scripts(bundle, "db/migration/" + d.id()));
            return checkTables(d);
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private String checkTables(ModuleDescriptor d) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (FormDefinition f : d.forms().toList()) {
                Set<String> columns = new HashSet<>();
                for (String name : new String[] { f.table(), f.table().toUpperCase(Locale.ROOT) }) {
                    try (ResultSet rs = meta.getColumns(null, c.getSchema(), name, null)) {
                        while (rs.next()) {
                            columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                        }
                    }
                }
                if (columns.isEmpty()) {
                    return "table " + f.table() + " of form " + f.id() + " does not exist";
                }
                List<String> missing = new ArrayList<>(STANDARD_COLUMNS);
                f.fields().stream().map(FieldDefinition::column).forEach(missing::add);
                missing.removeIf(columns::contains);
                if (!missing.isEmpty()) {
                    return "table " + f.table() + " of form " + f.id() + " lacks columns " + missing;
                }
            }
        }
        return null;
    }

    @Override
    public List<ModuleStatus> modules() {
        Map<String, ModuleStatus> result = new LinkedHashMap<>();
        for (Entry e : modules.values()) {
            result.put(e.descriptor.id(), new ModuleStatus(e.descriptor.id(),
                    e.failure == null ? ModuleStatus.AKTIF : ModuleStatus.GAGAL, e.failure, e.descriptor));
        }
        // bundles that announce a module but serve none: not started, unresolved, or their component failed
        for (Bundle b : context.getBundles()) {
            String id = b.getHeaders("").get(HEADER);
            if (id != null && !result.containsKey(id.strip())) {
                result.put(id.strip(), new ModuleStatus(id.strip(), ModuleStatus.GAGAL, b.getState() == Bundle.ACTIVE
                        ? "bundle " + b.getSymbolicName() + " is active but registers no module service"
                        : "bundle " + b.getSymbolicName() + " is " + state(b.getState()), null));
            }
        }
        return result.values().stream().sorted(Comparator.comparing(ModuleStatus::id)).toList();
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "installed but not resolved";
            case Bundle.RESOLVED -> "resolved but not started";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            default -> "in state " + state;
        };
    }

    @Override
    public List<ModuleDescriptor> serving() {
        return modules.values().stream().filter(e -> e.failure == null).map(Entry::descriptor)
                .sorted(Comparator.comparing(ModuleDescriptor::id)).toList();
    }

    @Override
    public Optional<SpmModule> module(String id) {
        Entry e = id == null ? null : modules.get(id);
        return e == null || e.failure != null ? Optional.empty() : Optional.of(e.module);
    }

    @Override
    public Optional<FormDefinition> form(String formId) {
        if (formId == null || formId.indexOf('.') < 1) {
            return Optional.empty();
        }
        return module(formId.substring(0, formId.indexOf('.'))).flatMap(m -> m.descriptor().form(formId));
    }

    // ---- health: failed modules are shown, never make the platform DOWN ----------------------------------

    @Override
    public String name() {
        return "modules";
    }

    @Override
    public HealthStatus check() {
        Map<String, Object> details = new LinkedHashMap<>();
        List<ModuleStatus> all = modules();
        details.put("aktif", all.stream().filter(m -> ModuleStatus.AKTIF.equals(m.status())).map(ModuleStatus::id).toList());
        Map<String, Object> failed = new LinkedHashMap<>();
        all.stream().filter(m -> ModuleStatus.GAGAL.equals(m.status())).forEach(m -> failed.put(m.id(), m.alasan()));
        details.put("gagal", failed);
        return HealthStatus.up(details);
    }
}
