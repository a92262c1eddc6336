package org.posyandu.api.spm;

import java.util.List;
import java.util.Optional;

/**
 * A form kader fill in.
 *
 * @param id       {@code <module>.<form>}, e.g. {@code sosial.ppks}
 * @param version  raised when fields change; stored with each submission
 * @param table    the module's table holding the typed submissions (created by the module's migrations with
 *                 the standard columns and one column per field, see {@link FieldDefinition#column()})
 * @param examples valid and invalid sample submissions
 */
public record FormDefinition(String id, int version, String title, String titleEn, String table, Subject subject,
        List<FieldDefinition> fields, List<FormExample> examples) {

    public FormDefinition {
        fields = List.copyOf(fields);
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    public Optional<FieldDefinition> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The module id part of {@link #id()}. */
    public String moduleId() {
        return id.substring(0, id.indexOf('.'));
    }
}
