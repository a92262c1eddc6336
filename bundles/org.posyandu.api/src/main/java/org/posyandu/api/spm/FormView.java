package org.posyandu.api.spm;

import java.util.Map;

/** A form as served to a kader: where it comes from, and its JSON Schema. */
public record FormView(String id, String module, String menu, int version, String title, String titleEn,
        Subject subject, Map<String, Object> schema) {
}
