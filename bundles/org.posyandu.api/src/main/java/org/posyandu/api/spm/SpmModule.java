package org.posyandu.api.spm;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;
import org.posyandu.api.error.Errors;
import org.posyandu.api.warga.PeristiwaInput;

/**
 * An SPM module, registered as an OSGi service (whiteboard). The core picks it up when it appears and drops it
 * when it goes; its migrations ({@code db/migration/<id>/V*.sql} in the module's bundle) run first. New
 * capabilities arrive as {@code default} methods so existing modules keep working.
 */
@ConsumerType
public interface SpmModule {

    ModuleDescriptor descriptor();

    /**
     * Who {@code form} may be about: target groups, age at the visit date, sex. The core refuses a submission about
     * a resident outside it (422 on {@code wargaId}) before {@link #validate} is called, and serves it in the form's
     * JSON Schema as {@code x-sasaran}. Forms not about one resident ignore it. Since 1.2.
     */
    default Eligibility eligibility(FormDefinition form) {
        return Eligibility.ANYONE;
    }

    /**
     * How many of the resident's earlier submissions of {@code form} {@link SubmissionContext#riwayat()} holds at most.
     * A few are enough to compare with the last visits; a form checked against a whole record (an immunisation
     * schedule) asks for more. Since 1.2.
     */
    default int riwayatLimit(FormDefinition form) {
        return SubmissionContext.DEFAULT_RIWAYAT_LIMIT;
    }

    /**
     * Rules beyond the field definitions (cross-field checks, dates against the resident's birth date …),
     * called after the field rules passed. Add one error per broken rule, naming the field.
     *
     * @param data  the submission's values, already typed (Long, BigDecimal, Boolean, LocalDate, String,
     *              List of String)
     */
    default void validate(FormDefinition form, Map<String, Object> data, SubmissionContext context, Errors errors) {
    }

    /**
     * Values computed from the submission and stored with it, e.g. floor area per person; keys must be fields
     * of the form (usually ones the kader does not type). Called after validation.
     */
    default Map<String, Object> derive(FormDefinition form, Map<String, Object> data, SubmissionContext context) {
        return Map.of();
    }

    /**
     * Whether {@link #derive} of this form reads {@link SubmissionContext#riwayat()} (e.g. weight gain since last
     * month). If so, a late (back-dated) entry, a correction or a void of one of the resident's submissions of the
     * form re-runs {@code derive} over the resident's submissions from that month on, in date order, so their stored
     * values equal those computed from scratch. A change of the resident's birth date or sex re-runs {@code derive}
     * over all the resident's submissions whatever this answers. {@code derive} must therefore depend only on the
     * values, the context and the history.
     */
    default boolean derivesFromHistory(FormDefinition form) {
        return false;
    }

    /**
     * Life events a stored submission records about its resident, e.g. a delivery ends the pregnancy
     * ({@code kehamilan_berakhir}) and a mother who died at it has died ({@code meninggal}). The platform records them
     * in the same transaction as the submission, in the submitter's name with the submission as their source, so the
     * core needs to know no module's forms. Called once per stored submission that is about a resident; an event that
     * no longer applies (the resident already died) is skipped.
     */
    default List<PeristiwaInput> peristiwa(FormDefinition form, Submission submission) {
        return List.of();
    }
}
