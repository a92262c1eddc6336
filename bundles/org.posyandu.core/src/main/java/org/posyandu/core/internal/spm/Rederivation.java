package org.posyandu.core.internal.spm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.security.Scope;
import org.posyandu.api.spm.FieldDefinition;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.MenuDefinition;
import org.posyandu.api.spm.ModuleDescriptor;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.api.spm.SpmModule;
import org.posyandu.api.spm.Subject;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.spm.SubmissionContext;
import org.posyandu.api.warga.Warga;
import org.posyandu.api.warga.WargaService;

/**
 * Derived values follow the data: re-runs a module's {@code derive} over a resident's stored submissions of a form,
 * in date order, each seeing as its history the others as they now stand (the ones before it already recomputed),
 * and stores the derived columns again. So after a late entry, a correction or a void, or a change of the
 * resident's birth date or sex, every stored value equals the value computed from scratch.
 */
final class Rederivation {
    private final ModuleRegistry registry;
    private final PosyanduService posyandu;
    private final WargaService warga;

    Rederivation(ModuleRegistry registry, PosyanduService posyandu, WargaService warga) {
        this.registry = registry;
        this.posyandu = posyandu;
        this.warga = warga;
    }

    /**
     * After a submission of {@code form} about {@code wargaId} dated {@code tanggal} was stored, changed or
     * voided (on {@code c}, not committed): the resident's submissions of the form from that month on, if the
     * module derives from history. {@code self} is a submission just stored that needs nothing when it is the only
     * one from that month on (the usual newest entry), or {@code null}.
     *
     * @return the Posyandu whose stored values were recomputed
     */
    Set<String> following(Connection c, FormDefinition form, String wargaId, LocalDate tanggal, String self)
            throws SQLException {
        SpmModule module = registry.module(form.moduleId()).orElse(null);
        if (wargaId == null || module == null || !module.derivesFromHistory(form)) {
            return Set.of();
        }
        LocalDate from = YearMonth.from(tanggal).atDay(1);
        if (!othersFrom(c, form, wargaId, from, self)) {
            return Set.of();
        }
        return rederive(c, form, module, rows(c, form, wargaId), wargaId, from);
    }

    /** Whether the resident has a submission of the form dated from {@code from} on other than {@code self}. */
    private static boolean othersFrom(Connection c, FormDefinition form, String wargaId, LocalDate from, String self)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + form.table()
                + " WHERE warga_id = ? AND tanggal >= ? FETCH FIRST 2 ROWS ONLY")) {
            ps.setString(1, wargaId);
            ps.setDate(2, java.sql.Date.valueOf(from));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getString(1).equals(self)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Every submission about the resident, of every form of every serving module (birth date or sex changed). */
    Set<String> all(Connection c, String wargaId) throws SQLException {
        Set<String> touched = new TreeSet<>();
        for (ModuleDescriptor d : registry.serving()) {
            SpmModule module = registry.module(d.id()).orElse(null);
            for (MenuDefinition menu : d.menus()) {
                for (FormDefinition form : menu.forms()) {
                    if (module != null && form.subject() != Subject.NONE) {
                        touched.addAll(rederive(c, form, module, rows(c, form, wargaId), wargaId, LocalDate.MIN));
                    }
                }
            }
        }
        return touched;
    }

    private Set<String> rederive(Connection c, FormDefinition form, SpmModule module, List<Submission> rows,
            String wargaId, LocalDate from) throws SQLException {
        if (rows.isEmpty()) {
            return Set.of();
        }
        Warga resident = warga.find(Scope.all(), wargaId).orElse(null);
        Map<String, Posyandu> places = new HashMap<>();
        Set<String> touched = new TreeSet<>();
        List<FieldDefinition> computed = form.fields().stream().filter(FieldDefinition::computed).toList();
        if (computed.isEmpty()) {
            return touched;
        }
        try (PreparedStatement update = c.prepareStatement(updateSql(form, computed))) {
            for (int i = 0; i < rows.size(); i++) {
                Submission s = rows.get(i);
                if (s.tanggal().isBefore(from)) {
                    continue;
                }
                LocalDate nextMonth = YearMonth.from(s.tanggal()).plusMonths(1).atDay(1);
                List<Submission> history = SubmissionRules.newestFirst(rows.stream()
                        .filter(o -> o != s && o.tanggal().isBefore(nextMonth)).toList(), SubmissionRules.limit(module, form));
                Posyandu p = places.computeIfAbsent(s.posyanduId(),
                        id -> posyandu.find(Scope.all(), id).orElseThrow());
                Map<String, Object> entered = new LinkedHashMap<>(s.data());
                computed.forEach(f -> entered.remove(f.name()));
                Map<String, Object> values = SubmissionRules.withDerived(form, module, entered,
                        new SubmissionContext(p.id(), p.desaKode(), s.tanggal(), resident, history));
                int k = 1;
                for (FieldDefinition f : computed) {
                    SubmissionRows.bind(update, k++, f, values.get(f.name()));
                }
                update.setString(k, s.id());
                update.addBatch();
                rows.set(i, new Submission(s.id(), s.formId(), s.formVersi(), s.posyanduId(), s.wargaId(), s.tanggal(),
                        s.periode(), values, s.dibuat(), s.dibuatOleh()));
                touched.add(s.posyanduId());
            }
            update.executeBatch();
        }
        return touched;
    }

    private static String updateSql(FormDefinition form, List<FieldDefinition> computed) {
        StringBuilder sql = new StringBuilder("UPDATE ").append(form.table()).append(" SET ");
        for (int i = 0; i < computed.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(computed.get(i).column()).append(" = ?");
        }
        return sql.append(" WHERE id = ?").toString();
    }

    /** The resident's submissions of the form, oldest first. */
    private static List<Submission> rows(Connection c, FormDefinition form, String wargaId) throws SQLException {
        List<Submission> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + form.table()
                + " WHERE warga_id = ? ORDER BY tanggal, dibuat")) {
            ps.setString(1, wargaId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(SubmissionRows.read(form, rs));
                }
            }
        }
        return rows;
    }
}
