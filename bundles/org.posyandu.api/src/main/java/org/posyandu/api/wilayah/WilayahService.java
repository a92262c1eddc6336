package org.posyandu.api.wilayah;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Read access to the official region list. Loaded once from the bundled Kemendagri data. */
@ProviderType
public interface WilayahService {

    Optional<Wilayah> find(String kode);

    /** Direct children, ordered by code; empty if the region has none or does not exist. */
    List<Wilayah> children(String kode);

    /**
     * Regions whose name contains the text (case-insensitive), best matches first (names starting with
     * the text before the others), optionally limited to one level and to codes under a prefix.
     */
    List<Wilayah> search(String text, Tingkat tingkat, String within, int limit);

    /** Number of regions per level. */
    Map<Tingkat, Integer> stats();

    default boolean exists(String kode, Tingkat tingkat) {
        return find(kode).filter(w -> w.tingkat() == tingkat).isPresent();
    }
}
