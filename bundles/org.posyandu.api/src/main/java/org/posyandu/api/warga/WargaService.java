package org.posyandu.api.warga;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Residents (warga/sasaran). Search before create: a NIK already registered, or a newborn already linked to the
 * same mother with the same name and birth date, is a {@link org.posyandu.api.error.ConflictException} that
 * points at the existing record.
 */
@ProviderType
public interface WargaService {

    Warga create(WargaInput input);

    Warga update(String id, WargaInput input);

    Optional<Warga> find(String id);

    List<Warga> list(WargaQuery query);
}
