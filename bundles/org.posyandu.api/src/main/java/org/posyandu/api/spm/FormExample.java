package org.posyandu.api.spm;

import java.util.Map;
import java.util.Set;

/**
 * A sample submission shipped with a form, for documentation and for the contract test kit.
 *
 * @param invalidFields empty for a valid example; else exactly the fields the platform must name in its 422
 */
public record FormExample(String name, Map<String, Object> data, Set<String> invalidFields) {
    public static FormExample valid(String name, Map<String, Object> data) {
        return new FormExample(name, data, Set.of());
    }

    public static FormExample invalid(String name, Map<String, Object> data, String... fields) {
        return new FormExample(name, data, Set.of(fields));
    }
}
