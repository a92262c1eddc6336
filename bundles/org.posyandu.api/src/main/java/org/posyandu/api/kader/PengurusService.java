package org.posyandu.api.kader;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Pengurus and kader of a Posyandu, with their training records. */
@ProviderType
public interface PengurusService {

    Pengurus add(String posyanduId, PengurusInput input);

    Pengurus update(String posyanduId, String id, PengurusInput input);

    Optional<Pengurus> find(String posyanduId, String id);

    /** The roster of a Posyandu; {@code includeFormer} also lists people who have left their role. */
    List<Pengurus> list(String posyanduId, boolean includeFormer);

    Pelatihan addPelatihan(String posyanduId, String pengurusId, PelatihanInput input);
}
