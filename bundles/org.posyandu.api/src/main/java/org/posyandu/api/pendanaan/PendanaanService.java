package org.posyandu.api.pendanaan;

import java.util.List;

import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Scope;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Funding records per Posyandu, so the province can study where Posyandu money comes from; a write is audited in
 * its own transaction.
 */
@ProviderType
public interface PendanaanService {

    Pendanaan add(Caller caller, String posyanduId, PendanaanInput input);

    /** Records of a Posyandu, newest year first; {@code tahun} null for all years. */
    List<Pendanaan> list(Scope scope, String posyanduId, Integer tahun);

    void delete(Caller caller, String posyanduId, String id);
}
