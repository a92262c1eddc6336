package org.posyandu.core.internal.spm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.MenuDefinition;
import org.posyandu.api.spm.ModuleDescriptor;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.api.spm.PeriodLockedException;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.wilayah.WilayahKode;
import org.posyandu.core.internal.periode.PeriodLockRows;

/**
 * The decisive checks of a write (a new submission, a correction or a void), made inside its transaction on its connection, before it locks anything else: the
 * module and menu still enabled for the kabupaten (403), the month not locked (409). What they read stays locked until
 * the commit ({@link ActivationRows}, {@link PeriodLockRows}), so a module disabled or a month locked on any node
 * between the early check and the commit either waits for this write or refuses it. The early checks stay: they
 * answer fast and judge what follows the clock (the automatic lock after the deadline).
 */
final class WriteRecheck {
    private WriteRecheck() {
    }

    /** New submissions: each one's module enabled and month open; throws the first refusal. */
    static void requireAllowed(Connection c, ModuleRegistry registry, List<Submission> items) throws SQLException {
        Set<String> checked = new HashSet<>();
        java.util.Map<String, String> kabupaten = new java.util.HashMap<>();
        for (Submission s : items) {
            if (!kabupaten.containsKey(s.posyanduId())) {
                kabupaten.put(s.posyanduId(), kabupatenOf(c, s.posyanduId()));
            }
            requireEnabled(c, registry, s, kabupaten.get(s.posyanduId()), checked);
            requireOpen(c, s.posyanduId(), YearMonth.from(s.tanggal()), checked);
        }
    }

    /**
     * A correction or void of {@code s}: its form's module and menu still enabled for the kabupaten (like a new
     * submission), and the months it writes open.
     */
    static void requireChangeAllowed(Connection c, ModuleRegistry registry, Submission s, YearMonth... months)
            throws SQLException {
        Set<String> checked = new HashSet<>();
        requireEnabled(c, registry, s, kabupatenOf(c, s.posyanduId()), checked);
        for (YearMonth m : months) {
            requireOpen(c, s.posyanduId(), m, checked);
        }
    }

    /** A correction: the months it writes are open. */
    static void requireOpen(Connection c, String posyanduId, YearMonth... months) throws SQLException {
        Set<String> checked = new HashSet<>();
        for (YearMonth m : months) {
            requireOpen(c, posyanduId, m, checked);
        }
    }

    private static void requireEnabled(Connection c, ModuleRegistry registry, Submission s, String kab,
            Set<String> checked) throws SQLException {
        FormDefinition form = registry.form(s.formId()).orElseThrow();
        ModuleDescriptor d = registry.module(form.moduleId()).orElseThrow().descriptor();
        String menu = d.menuOf(s.formId()).map(MenuDefinition::id).orElseThrow();
        if (kab != null && checked.add(kab + "|" + d.id() + "|" + menu)
                && !ActivationRows.enabledHolding(c, kab, d.id(), menu)) {
            throw ActivationRows.notEnabled(d.id(), menu, kab);
        }
    }

    private static void requireOpen(Connection c, String posyanduId, YearMonth month, Set<String> checked)
            throws SQLException {
        if (checked.add(posyanduId + "|" + month) && PeriodLockRows.lockedHolding(c, posyanduId, month)) {
            throw new PeriodLockedException(posyanduId, month.toString());
        }
    }

    /** The kabupaten the Posyandu stands in; null if it has no row (nothing to check against). */
    private static String kabupatenOf(Connection c, String posyanduId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT desa_kode FROM posyandu WHERE id = ?")) {
            ps.setString(1, posyanduId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? WilayahKode.kabupatenOf(rs.getString(1)) : null;
            }
        }
    }
}
