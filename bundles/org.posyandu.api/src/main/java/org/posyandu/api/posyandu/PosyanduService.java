package org.posyandu.api.posyandu;

import java.util.List;
import java.util.Optional;

import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Scope;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registry of Posyandu. Validation failures surface as {@link org.posyandu.api.error.ApiException}s. A write takes
 * the {@link Caller}: its audit line is written in the write's own transaction.
 */
@ProviderType
public interface PosyanduService {

    /** Creates a Posyandu; the desa must exist and the name must be free within the desa. */
    Posyandu create(Caller caller, PosyanduInput input);

    /** Replaces the editable fields of an existing Posyandu. */
    Posyandu update(Caller caller, String id, PosyanduInput input);

    Optional<Posyandu> find(Scope scope, String id);

    /**
     * Lists Posyandu in a region (any level; {@code null} for all), optionally only active or inactive ones,
     * ordered by desa code then name.
     */
    List<Posyandu> list(Scope scope, String wilayah, Boolean aktif, int offset, int limit);
}
