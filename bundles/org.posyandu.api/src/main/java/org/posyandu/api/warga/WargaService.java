package org.posyandu.api.warga;

import java.util.List;
import java.util.Optional;

import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Scope;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Residents (warga/sasaran). Search before create: a NIK already registered, or a newborn already linked to the
 * same mother with the same name and birth date, is a {@link org.posyandu.api.error.ConflictException} that
 * points at the existing record. A write takes the {@link Caller}: its audit line is written in the write's own
 * transaction.
 */
@ProviderType
public interface WargaService {

    Warga create(Caller caller, WargaInput input);

    Warga update(Caller caller, String id, WargaInput input);

    Optional<Warga> find(Scope scope, String id);

    List<Warga> list(Scope scope, WargaQuery query);

    /** Children registered with this resident as their mother (inside the scope). */
    List<Warga> anak(Scope scope, String ibuId);

    /** The household of a No KK: its members inside the scope, its head, the mother–child links; empty if none. */
    Optional<Keluarga> keluarga(Scope scope, String noKk);
}
