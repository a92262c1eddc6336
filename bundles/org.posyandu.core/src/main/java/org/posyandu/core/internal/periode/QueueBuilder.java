package org.posyandu.core.internal.periode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ValidationException;
import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.security.Caller;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.MenuDefinition;
import org.posyandu.api.spm.ModuleDescriptor;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.api.spm.PeriodeState;
import org.posyandu.api.spm.PeriodeStatus;
import org.posyandu.api.spm.VerificationQueue;
import org.posyandu.api.wilayah.WilayahKode;
import org.posyandu.core.internal.db.Scopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The verification queue of an area and month: every Posyandu's state, and its submissions of the month. */
final class QueueBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(QueueBuilder.class);
    /** A kabupaten has up to about 1,800 Posyandu (Brebes); a province more, but a queue is read per kabupaten. */
    static final int MAX_AREA = 5000;

    private final DataSource dataSource;
    private final PeriodeStore store;
    private final PosyanduService posyandu;
    private final ModuleRegistry registry;

    QueueBuilder(DataSource dataSource, PeriodeStore store, PosyanduService posyandu, ModuleRegistry registry) {
        this.dataSource = dataSource;
        this.store = store;
        this.posyandu = posyandu;
        this.registry = registry;
    }

    /** The area a caller's queue covers when none is named: an admin's own wilayah; a kader's Posyandu ({@code null}). */
    static String areaOf(Caller caller, String wilayah) {
        if (wilayah != null) {
            Scopes.requireWilayah(caller.scope(), "wilayah", wilayah);
            return wilayah;
        }
        if (caller.scope().isAll()) {
            throw ValidationException.of(new FieldError("wilayah", "required",
                    "Sebutkan wilayah (kode kabupaten, kecamatan atau desa).", "Name a wilayah (kabupaten, kecamatan or desa code)."));
        }
        return caller.scope().wilayah();
    }

    /** Every Posyandu of the area with its state, ordered by desa and name. */
    List<Entry> states(Caller caller, String area, YearMonth periode) {
        List<Posyandu> all = posyandu.list(caller.scope(), area, null, 0, MAX_AREA);
        Map<String, PeriodeStore.Row> rows = area == null ? Map.of() : store.rows(area, periode);
        List<Entry> result = new ArrayList<>();
        for (Posyandu p : all) {
            PeriodeStore.Row row = area == null ? store.row(p.id(), periode).orElse(null) : rows.get(p.id());
            result.add(new Entry(p, store.state(p.id(), p.desaKode(), periode, java.util.Optional.ofNullable(row))));
        }
        return result;
    }

    record Entry(Posyandu posyandu, PeriodeState state) {
    }

    VerificationQueue build(Caller caller, String area, YearMonth periode, int offset, int limit) {
        List<Entry> all = states(caller, area, periode);
        Map<String, Integer> summary = new LinkedHashMap<>();
        for (PeriodeStatus s : PeriodeStatus.values()) {
            summary.put(s.jsonName(), 0);
        }
        all.forEach(e -> summary.merge(e.state().status(), 1, Integer::sum));
        List<Entry> page = offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
        Map<String, Integer> counts = submissions(page.stream().map(e -> e.posyandu().id()).toList(), periode);
        List<VerificationQueue.Row> rows = page.stream().map(e -> new VerificationQueue.Row(e.posyandu().id(),
                e.posyandu().nama(), e.posyandu().desaKode(), e.state().status(), e.state().otomatis(),
                e.state().alasan(), e.state().diubah(), e.state().diubahOleh(),
                counts.getOrDefault(e.posyandu().id(), 0))).toList();
        LocalDate batas = null;
        String kab = area != null ? WilayahKode.kabupatenOf(area)
                : all.isEmpty() ? null : WilayahKode.kabupatenOf(all.get(0).posyandu().desaKode());
        if (kab != null) {
            batas = store.deadline(store.batas().of(kab), periode);
        }
        return new VerificationQueue(periode.toString(), area, batas, Collections.unmodifiableMap(summary), all.size(),
                rows);
    }

    /** Submissions of the month per Posyandu, over every form of the serving modules. */
    private Map<String, Integer> submissions(List<String> ids, YearMonth periode) {
        Map<String, Integer> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        try (Connection c = dataSource.getConnection()) {
            for (ModuleDescriptor m : registry.serving()) {
                for (MenuDefinition menu : m.menus()) {
                    for (FormDefinition f : menu.forms()) {
                        count(c, f, marks, ids, periode, result);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    private static void count(Connection c, FormDefinition f, String marks, List<String> ids, YearMonth periode,
            Map<String, Integer> result) {
        try (PreparedStatement ps = c.prepareStatement("SELECT posyandu_id, COUNT(*) FROM " + f.table()
                + " WHERE periode = ? AND posyandu_id IN (" + marks + ") GROUP BY posyandu_id")) {
            ps.setString(1, periode.toString());
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(i + 2, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.merge(rs.getString(1), rs.getInt(2), Integer::sum);
                }
            }
        } catch (SQLException e) {
            // a module whose table is not there (yet): its forms count nothing, the queue is still answered
            LOG.warn("counting submissions of {} for the verification queue failed: {}", f.id(), e.toString());
        }
    }
}
