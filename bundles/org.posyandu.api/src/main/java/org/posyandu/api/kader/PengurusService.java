package org.posyandu.api.kader;

import java.util.List;
import java.util.Optional;

import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Scope;

import org.osgi.annotation.versioning.ProviderType;

/** Pengurus and kader of a Posyandu, with their training records; a write is audited in its own transaction. */
@ProviderType
public interface PengurusService {

    Pengurus add(Caller caller, String posyanduId, PengurusInput input);

    Pengurus update(Caller caller, String posyanduId, String id, PengurusInput input);

    Optional<Pengurus> find(Scope scope, String posyanduId, String id);

    /** The roster of a Posyandu; {@code includeFormer} also lists people who have left their role. */
    List<Pengurus> list(Scope scope, String posyanduId, boolean includeFormer);

    Pelatihan addPelatihan(Caller caller, String posyanduId, String pengurusId, PelatihanInput input);
}
