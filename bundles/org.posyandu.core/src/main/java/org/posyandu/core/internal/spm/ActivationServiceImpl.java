package org.posyandu.core.internal.spm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.error.ApiException;
import org.posyandu.api.error.Errors;
import org.posyandu.api.error.ForbiddenException;
import org.posyandu.api.error.NotFoundException;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.AuditService;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.spm.Activation;
import org.posyandu.api.spm.ActivationService;
import org.posyandu.api.spm.MenuDefinition;
import org.posyandu.api.spm.ModuleDescriptor;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.api.wilayah.Tingkat;
import org.posyandu.api.wilayah.WilayahService;
import org.posyandu.core.internal.db.CoreSchema;
import org.posyandu.core.internal.db.TxKeyLock;
import org.posyandu.core.internal.security.AuditLines;

/**
 * Per-kabupaten activation in {@code module_activation} (current) and {@code module_activation_history}
 * (every change). No row means the default: only {@code kesehatan}, with all its menus. Every check reads the
 * row (one primary-key look-up), so a change made on any node of one database takes effect at once on all.
 */
@Component(service = ActivationService.class)
public final class ActivationServiceImpl implements ActivationService {
    /** The module every kabupaten starts with. */
    public static final String DEFAULT_MODULE = "kesehatan";

    private final DataSource dataSource;
    private final ModuleRegistry registry;
    private final WilayahService wilayah;
    private final AuditService audit;

    record Row(boolean enabled, List<String> menus, Instant diubah, String diubahOleh) {
    }

    @Activate
    public ActivationServiceImpl(@Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource,
            @Reference ModuleRegistry registry, @Reference WilayahService wilayah, @Reference AuditService audit,
            @Reference CoreSchema schema) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.wilayah = wilayah;
        this.audit = audit;
    }

    @Override
    public List<Activation> forKabupaten(Caller caller, String kode) {
        requireReadable(caller, kode);
        List<Activation> result = new ArrayList<>();
        for (ModuleDescriptor m : registry.serving()) {
            result.add(toActivation(kode, m.id(), row(kode, m.id())));
        }
        return result;
    }

    @Override
    public Activation set(Caller caller, String kode, String moduleId, boolean enabled, List<String> menus) {
        String action = enabled ? "MODULE_ENABLE" : "MODULE_DISABLE";
        try {
            return change(caller, action, kode, moduleId, enabled, menus);
        } catch (ApiException e) { // a refusal writes nothing else: its line has a transaction of its own
            audit.record(AuditEntry.of(caller, action, "module", moduleId, kode, e.status(), e.type()));
            throw e;
        }
    }

    private Activation change(Caller caller, String action, String kode, String moduleId, boolean enabled,
            List<String> menus) {
        requireKabupaten(kode);
        if (!caller.role().atLeast(Role.ADMIN_KABUPATEN) || !caller.scope().coversWilayah(kode)) {
            throw new ForbiddenException("Hanya admin kabupaten " + kode + " (atau di atasnya) yang dapat mengubah modul.",
                    "Only the admin of kabupaten " + kode + " (or above) can change its modules.");
        }
        ModuleDescriptor d = registry.module(moduleId).map(m -> m.descriptor())
                .orElseThrow(() -> new NotFoundException("Modul", "Module", moduleId));
        List<String> chosen = null;
        if (enabled && menus != null) {
            Errors errors = new Errors();
            List<String> known = d.menus().stream().map(MenuDefinition::id).toList();
            for (int i = 0; i < menus.size(); i++) {
                if (!known.contains(menus.get(i))) {
                    errors.add("menus[" + i + "]", "menu.exists", "Menu tidak ada pada modul " + moduleId + ": pilih dari "
                            + known + ".", "No such menu in module " + moduleId + ": choose from " + known + ".");
                }
            }
            if (menus.isEmpty()) {
                errors.add("menus", "minItems", "Sebutkan paling sedikit satu menu, atau hilangkan 'menus' untuk semua.",
                        "Name at least one menu, or leave 'menus' out for all.");
            }
            errors.throwIfAny();
            chosen = menus.stream().distinct().toList();
        }
        Instant now = Instant.now();
        String menuText = chosen == null ? null : String.join(",", chosen);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                // waits for submissions in flight that checked this activation (ActivationRows)
                TxKeyLock.exclusive(c, TxKeyLock.ACTIVATION, kode + "|" + moduleId);
                int updated;
                try (PreparedStatement ps = c.prepareStatement("UPDATE module_activation SET enabled = ?, menus = ?, "
                        + "diubah = ?, diubah_oleh = ? WHERE kabupaten_kode = ? AND module_id = ?")) {
                    bind(ps, enabled, menuText, now, caller.username());
                    ps.setString(5, kode);
                    ps.setString(6, moduleId);
                    updated = ps.executeUpdate();
                }
                if (updated == 0) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO module_activation (enabled, menus, "
                            + "diubah, diubah_oleh, kabupaten_kode, module_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                        bind(ps, enabled, menuText, now, caller.username());
                        ps.setString(5, kode);
                        ps.setString(6, moduleId);
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO module_activation_history (enabled, menus, "
                        + "diubah, diubah_oleh, kabupaten_kode, module_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                    bind(ps, enabled, menuText, now, caller.username());
                    ps.setString(5, kode);
                    ps.setString(6, moduleId);
                    ps.executeUpdate();
                }
                AuditLines.append(c, List.of(AuditEntry.of(caller, action, "module", moduleId, kode, 200,
                        chosen == null ? "all menus" : "menus " + menuText)));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("activation change failed", e);
        }
        return toActivation(kode, moduleId, Optional.of(new Row(enabled, chosen, now, caller.username())));
    }

    private static void bind(PreparedStatement ps, boolean enabled, String menus, Instant now, String who)
            throws SQLException {
        ps.setBoolean(1, enabled);
        ps.setString(2, menus);
        ps.setTimestamp(3, Timestamp.from(now));
        ps.setString(4, who);
    }

    @Override
    public List<Activation> history(Caller caller, String kode, String moduleId) {
        requireReadable(caller, kode);
        List<Activation> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT enabled, menus, diubah, diubah_oleh FROM "
                        + "module_activation_history WHERE kabupaten_kode = ? AND module_id = ? ORDER BY id DESC")) {
            ps.setString(1, kode);
            ps.setString(2, moduleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(toActivation(kode, moduleId, Optional.of(row(rs))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    @Override
    public boolean isEnabled(String kode, String moduleId, String menuId) {
        return allows(toActivation(kode, moduleId, row(kode, moduleId)), menuId);
    }

    /** The rule: the module enabled, and the menu among the chosen ones (or all chosen). */
    static boolean allows(Activation a, String menuId) {
        return a.enabled() && (a.menus() == null || a.menus().contains(menuId));
    }

    private Optional<Row> row(String kode, String moduleId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT enabled, menus, diubah, diubah_oleh FROM "
                        + "module_activation WHERE kabupaten_kode = ? AND module_id = ?")) {
            ps.setString(1, kode);
            ps.setString(2, moduleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Row row(ResultSet rs) throws SQLException {
        String menus = rs.getString(2);
        return new Row(rs.getBoolean(1), menus == null ? null : Arrays.asList(menus.split(",")),
                rs.getTimestamp(3).toInstant(), rs.getString(4));
    }

    static Activation toActivation(String kode, String moduleId, Optional<Row> row) {
        return row.map(r -> new Activation(kode, moduleId, r.enabled, r.enabled ? r.menus : null, r.diubah, r.diubahOleh))
                .orElseGet(() -> new Activation(kode, moduleId, DEFAULT_MODULE.equals(moduleId), null, null, null));
    }

    private void requireKabupaten(String kode) {
        if (kode == null || !wilayah.exists(kode, Tingkat.KABUPATEN)) {
            throw new NotFoundException("Kabupaten/kota", "Kabupaten/city", kode);
        }
    }

    /** Readable by admins above the kabupaten and by those inside it. */
    private void requireReadable(Caller caller, String kode) {
        requireKabupaten(kode);
        String own = caller.scope().wilayah();
        boolean inside = own != null && own.startsWith(kode + ".");
        if (!caller.scope().coversWilayah(kode) && !inside) {
            throw new NotFoundException("Kabupaten/kota", "Kabupaten/city", kode);
        }
    }

}
