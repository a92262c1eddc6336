package org.posyandu.api.pendanaan;

import java.util.List;

import org.posyandu.api.security.Scope;

import org.osgi.annotation.versioning.ProviderType;

/** Funding records per Posyandu, so the province can study where Posyandu money comes from. */
@ProviderType
public interface PendanaanService {

    Pendanaan add(Scope scope, String posyanduId, PendanaanInput input);

    /** Records of a Posyandu, newest year first; {@code tahun} null for all years. */
    List<Pendanaan> list(Scope scope, String posyanduId, Integer tahun);

    void delete(Scope scope, String posyanduId, String id);
}
