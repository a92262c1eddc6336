package org.posyandu.core.internal.spm;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.posyandu.api.error.ApiException;
import org.posyandu.api.error.Errors;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.NotFoundException;
import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.security.Scope;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.FormValidator;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.api.spm.SpmModule;
import org.posyandu.api.spm.Subject;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.spm.SubmissionContext;
import org.posyandu.api.spm.SubmissionInput;
import org.posyandu.api.warga.Warga;
import org.posyandu.api.warga.WargaService;
import org.posyandu.core.internal.db.Fields;
import org.posyandu.core.internal.warga.PeristiwaRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks and computations every write of a submission goes through, new or corrected: the platform's rules
 * and the module's ({@link #validate}), the module's derived values ({@link #withDerived}), the resident's history
 * the module compares with, and reading a stored submission back.
 */
final class SubmissionRules {
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionRules.class);
    /** At most this many other submissions are the history a module sees. */

    private final DataSource dataSource;
    private final ModuleRegistry registry;
    private final PosyanduService posyandu;
    private final WargaService warga;

    SubmissionRules(DataSource dataSource, ModuleRegistry registry, PosyanduService posyandu, WargaService warga) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.posyandu = posyandu;
        this.warga = warga;
    }

    /** A submission's checked values, its resident and the context the module saw. */
    record Valid(Map<String, Object> values, Warga warga, SubmissionContext context) {
    }

    /**
     * Checks a submission. {@code earlierInBatch} are submissions accepted before it in the same batch; {@code self}
     * is the id of the submission being corrected (left out of its own history), or {@code null} for a new one.
     */
    Valid validate(Scope scope, Posyandu p, FormDefinition form, SpmModule module, SubmissionInput input,
            List<Submission> earlierInBatch, String self) {
        return validate(scope, p, form, module, input, earlierInBatch, self, new java.util.HashMap<>());
    }

    /** {@link #validate} with the residents already read in this request ({@code seen}, by id; found ones added). */
    Valid validate(Scope scope, Posyandu p, FormDefinition form, SpmModule module, SubmissionInput input,
            List<Submission> earlierInBatch, String self, Map<String, Warga> seen) {
        Errors errors = new Errors();
        if (errors.require("tanggal", input.tanggal()) && input.tanggal().isAfter(LocalDate.now())) {
            errors.add("tanggal", "notInFuture", "Tanggal tidak boleh di masa depan.", "The date cannot be in the future.");
        }
        Warga w = null;
        String wargaId = Fields.clean(input.wargaId());
        if (form.subject() == Subject.NONE && wargaId != null) {
            errors.add("wargaId", "notApplicable", "Formulir ini tidak tentang satu warga.",
                    "This form is not about one resident.");
        } else if (form.subject() == Subject.WARGA_REQUIRED && wargaId == null) {
            errors.add("wargaId", "required", "Pilih warga yang dilayani.", "Choose the resident served.");
        } else if (wargaId != null) {
            w = seen.get(wargaId);
            if (w == null) {
                // a resident of p is in scope (p is, its callers checked it): only another Posyandu's is checked
                w = warga.find(Scope.all(), wargaId).filter(found -> p.id().equals(found.posyanduId()))
                        .or(() -> warga.find(scope, wargaId)).orElse(null);
                if (w != null) {
                    seen.put(wargaId, w);
                }
            }
            if (w == null) {
                errors.add("wargaId", "warga.exists", "Warga tidak ditemukan.", "Resident not found.");
            } else if (input.tanggal() != null && w.tanggalLahir() != null && input.tanggal().isBefore(w.tanggalLahir())) {
                // no service, visit or weighing of a person can precede the birth; modules never see such a date
                errors.add("tanggal", "notBeforeBirth", "Tanggal tidak boleh sebelum tanggal lahir warga ("
                        + w.tanggalLahir() + ").", "The date cannot be before the resident's birth date ("
                        + w.tanggalLahir() + ").");
            } else {
                EligibilityCheck.check(module, form, w, input.tanggal(), errors);
            }
        }
        PeristiwaRules.checkPresent(errors, w, input.tanggal());
        FormValidator.Result r = FormValidator.validate(form, input.data(), LocalDate.now());
        r.errors().forEach(e -> errors.add(new FieldError("data." + e.field(), e.rule(), e.message(), e.messageEn())));
        errors.throwIfAny();
        Warga resident = w;
        SubmissionContext context = new SubmissionContext(p.id(), p.desaKode(), input.tanggal(), w,
                () -> resident == null ? List.of() : history(form, resident.id(), input.tanggal(), earlierInBatch, self,
                        limit(module, form)));
        Errors moduleErrors = new Errors();
        guarded(module.descriptor().id(), form, () -> {
            module.validate(form, r.values(), context, moduleErrors);
            return null;
        });
        moduleErrors.list().forEach(e -> errors.add(new FieldError(e.field().startsWith("data.") || e.field().equals(
                "tanggal") || e.field().equals("wargaId") ? e.field() : "data." + e.field(), e.rule(), e.message(),
                e.messageEn())));
        errors.throwIfAny();
        return new Valid(r.values(), w, context);
    }

    /** The checked values with the module's derived values added (those naming a field of the form). */
    static Map<String, Object> withDerived(FormDefinition form, SpmModule module, Map<String, Object> checked,
            SubmissionContext context) {
        Map<String, Object> values = new LinkedHashMap<>(checked);
        guarded(module.descriptor().id(), form, () -> module.derive(form, checked, context)).forEach((name, value) -> {
            if (form.field(name).isPresent() && value != null) {
                values.put(name, value);
            } else {
                LOG.warn("module {} derived '{}' which is not a field of {}; ignored", module.descriptor().id(), name,
                        form.id());
            }
        });
        return values;
    }

    /**
     * Calls into a module. A module's rule violations are {@link ApiException}s and pass as they are; anything else
     * it throws is a fault (of the module, so of the server) for this submission only.
     */
    static <T> T guarded(String moduleId, FormDefinition form, Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw InternalFailure.logged(LOG, "module " + moduleId + " failed on a submission of " + form.id(), e);
        }
    }

    /**
     * The resident's submissions of the form up to the end of the visit's month, newest first (at most
     * {@code limit}, {@link SpmModule#riwayatLimit}): those stored, and those accepted earlier in the same batch (not stored yet, but just as real
     * to the rules); never {@code self}.
     */
    private List<Submission> history(FormDefinition form, String wargaId, LocalDate tanggal,
            List<Submission> earlierInBatch, String self, int limit) {
        LocalDate nextMonth = YearMonth.from(tanggal).plusMonths(1).atDay(1);
        List<Submission> result = new ArrayList<>();
        earlierInBatch.stream().filter(s -> form.id().equals(s.formId()) && wargaId.equals(s.wargaId())
                && s.tanggal().isBefore(nextMonth)).forEach(result::add);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT * FROM " + form.table()
                        + " WHERE warga_id = ? AND tanggal < ? ORDER BY tanggal DESC, dibuat DESC FETCH FIRST "
                        + (limit + 1) + " ROWS ONLY")) {
            ps.setString(1, wargaId);
            ps.setDate(2, Date.valueOf(nextMonth));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Submission s = SubmissionRows.read(form, rs);
                    if (!s.id().equals(self)) {
                        result.add(s);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return newestFirst(result, limit);
    }

    /** How much of a resident's history the module's rules read for this form ({@link SpmModule#riwayatLimit}). */
    static int limit(SpmModule module, FormDefinition form) {
        return Math.max(1, module.riwayatLimit(form));
    }

    /** Newest first by date then time stored, at most {@code limit}. */
    static List<Submission> newestFirst(List<Submission> submissions, int limit) {
        List<Submission> sorted = new ArrayList<>(submissions);
        sorted.sort(Comparator.comparing(Submission::tanggal).thenComparing(Submission::dibuat).reversed());
        return sorted.size() > limit ? List.copyOf(sorted.subList(0, limit)) : sorted;
    }

    Optional<Submission> read(FormDefinition form, String posyanduId, String id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT * FROM " + form.table()
                        + " WHERE id = ? AND posyandu_id = ?")) {
            ps.setString(1, id);
            ps.setString(2, posyanduId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(SubmissionRows.read(form, rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    FormDefinition requireForm(String formId) {
        return registry.form(formId).orElseThrow(() -> new NotFoundException("Formulir", "Form", formId));
    }

    SpmModule moduleOf(FormDefinition form) {
        return registry.module(form.moduleId()).orElseThrow();
    }

    Posyandu requirePosyandu(Scope scope, String id) {
        return posyandu.find(scope, id).orElseThrow(() -> new NotFoundException("Posyandu", "Posyandu", id));
    }
}
