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

    /** An event recorded, and whether it was recorded now ({@code false}: the replay of an Idempotency-Key). */
    record Recorded(Peristiwa peristiwa, boolean created) {
    }

    /** Records an event about a resident inside the caller's scope, in the caller's name (no Idempotency-Key). */
    default Peristiwa catat(Caller caller, String wargaId, PeristiwaInput input) {
        return catat(caller, wargaId, null, input).peristiwa();
    }

    /**
     * Records an event once per {@code idempotencyKey} (a UUID the phone made for it; {@code null}: none), like a
     * submission: the same key with the same content answers the event recorded first (even if voided since), with
     * other content (or by another user, or for another write) a 422 {@code idempotencyKey.reused}.
     */
    Recorded catat(Caller caller, String wargaId, String idempotencyKey, PeristiwaInput input);

    /** Voids a standing event with a reason; what it changed is undone. */
    Peristiwa batalkan(Caller caller, String wargaId, String peristiwaId, String alasan);

    /** Every event of a resident, voided ones too, oldest first. */
    List<Peristiwa> riwayat(Scope scope, String wargaId);
}
