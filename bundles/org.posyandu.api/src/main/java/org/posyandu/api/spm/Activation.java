package org.posyandu.api.spm;

import java.time.Instant;
import java.util.List;

/**
 * Whether a module is enabled for a kabupaten, and which of its menus.
 *
 * @param menus     the enabled menus; all of them when the whole module is enabled without a list
 * @param diubahOleh who made the last change ({@code null} for the default)
 */
public record Activation(String kabupatenKode, String moduleId, boolean enabled, List<String> menus,
        Instant diubah, String diubahOleh) {
}
