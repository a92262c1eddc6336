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
