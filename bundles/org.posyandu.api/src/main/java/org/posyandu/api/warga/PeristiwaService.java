package org.posyandu.api.warga;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Scope;

/**
 * Life events of residents: died, moved out (to another Posyandu or away), pregnancy ended. The resident's target
 * groups, the sasaran lists and the reports follow them; a submission about a resident dated after the resident died
 * or moved away is refused.
 */
@ProviderType
public interface PeristiwaService {

    /** Records an event about a resident inside the caller's scope, in the caller's name. */
    Peristiwa catat(Caller caller, String wargaId, PeristiwaInput input);

    /** Voids a standing event with a reason; what it changed is undone. */
    Peristiwa batalkan(Caller caller, String wargaId, String peristiwaId, String alasan);

    /** Every event of a resident, voided ones too, oldest first. */
    List<Peristiwa> riwayat(Scope scope, String wargaId);
}
