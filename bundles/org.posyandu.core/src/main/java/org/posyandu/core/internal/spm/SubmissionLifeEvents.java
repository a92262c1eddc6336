package org.posyandu.core.internal.spm;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.api.spm.SpmModule;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.warga.JenisPeristiwa;
import org.posyandu.api.warga.PeristiwaInput;
import org.posyandu.core.internal.warga.PeristiwaStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life events stored submissions record ({@link SpmModule#peristiwa}), written in the submissions' transaction:
 * a delivery ends the pregnancy in the same commit that stores it. The module says what happened; the core keeps
 * the event and what it changes, knowing no module's forms. A module that fails here loses its events for this
 * submission (logged), never the submission; an event that no longer applies (the resident already died) is skipped.
 */
final class SubmissionLifeEvents {
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionLifeEvents.class);

    private SubmissionLifeEvents() {
    }

    static void record(Connection c, ModuleRegistry registry, List<Submission> stored) throws SQLException {
        for (Submission s : stored) {
            if (s.wargaId() == null) {
                continue;
            }
            Optional<FormDefinition> form = registry.form(s.formId());
            Optional<SpmModule> module = form.flatMap(f -> registry.module(f.moduleId()));
            if (module.isEmpty()) {
                continue;
            }
            List<PeristiwaInput> events;
            try {
                events = module.get().peristiwa(form.get(), s);
            } catch (RuntimeException e) {
                LOG.error("module {} failed to say the life events of submission {}; none recorded",
                        form.get().moduleId(), s.id(), e);
                continue;
            }
            for (PeristiwaInput e : events == null ? List.<PeristiwaInput>of() : events) {
                apply(c, s, e);
            }
        }
    }

    /**
     * A corrected or voided submission: the events its earlier version recorded are voided (with the change's reason),
     * and a corrected one records its events again from the new values ({@code changed}, null for a void).
     */
    static void replace(Connection c, ModuleRegistry registry, Submission earlier, Submission changed, String oleh,
            String alasan) throws SQLException {
        if (earlier.wargaId() == null) {
            return;
        }
        PeristiwaStore.voidBySource(c, earlier.wargaId(), earlier.formId() + "/" + earlier.id(), oleh,
                alasan == null ? "kiriman sumbernya diubah" : alasan, Instant.now());
        if (changed != null) {
            record(c, registry, List.of(changed));
        }
    }

    private static void apply(Connection c, Submission s, PeristiwaInput e) throws SQLException {
        JenisPeristiwa jenis = e.jenis() == null ? null : JenisPeristiwa.of(e.jenis()).orElse(null);
        if (jenis == null || (jenis == JenisPeristiwa.PINDAH && e.posyanduTujuan() != null)) {
            // a move to another Posyandu is the kader's decision, not a form's
            LOG.warn("life event {} of submission {} is not one a form can record; ignored", e.jenis(), s.id());
            return;
        }
        Optional<PeristiwaStore.State> state = PeristiwaStore.state(c, s.wargaId());
        if (state.isEmpty() || !PeristiwaStore.claimPresent(c, s.wargaId())) {
            return;
        }
        Instant now = Instant.now();
        PeristiwaStore.insert(c, new PeristiwaStore.NewEvent(UUID.randomUUID().toString(), s.wargaId(), jenis,
                e.tanggal() == null ? s.tanggal() : e.tanggal(), state.get().posyanduId(), state.get().masukTanggal(),
                null, e.keterangan(), s.formId() + "/" + s.id(), s.dibuatOleh(), now));
        PeristiwaStore.refresh(c, s.wargaId(), now);
    }
}
