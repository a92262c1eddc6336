package org.posyandu.api.spm;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a module is.
 *
 * @param id     lower-case id, also the Karaf feature suffix ({@code posyandu-spm-<id>}) and the prefix of its
 *               form ids, e.g. {@code sosial}
 * @param bidang the SPM field id ({@link org.posyandu.api.kader.BidangSpm})
 * @param versi  the module's version (its bundle version)
 */
public record ModuleDescriptor(String id, String nama, String namaEn, String bidang, String versi,
        List<MenuDefinition> menus, List<IndicatorDefinition> indicators) {

    public ModuleDescriptor {
        menus = List.copyOf(menus);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public Stream<FormDefinition> forms() {
        return menus.stream().flatMap(m -> m.forms().stream());
    }

    public Optional<FormDefinition> form(String formId) {
        return forms().filter(f -> f.id().equals(formId)).findFirst();
    }

    /** The menu a form belongs to. */
    public Optional<MenuDefinition> menuOf(String formId) {
        return menus.stream().filter(m -> m.forms().stream().anyMatch(f -> f.id().equals(formId))).findFirst();
    }
}
