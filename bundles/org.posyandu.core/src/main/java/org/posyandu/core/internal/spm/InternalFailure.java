package org.posyandu.core.internal.spm;

import java.util.List;
import java.util.UUID;

import org.posyandu.api.error.ApiException;
import org.slf4j.Logger;

/**
 * A fault of ours while handling one submission (a module that threw, a row the database refused): logged in full
 * under an incident id and answered as a 500 problem naming only that id, for that submission alone. In a sync
 * batch the other items are still answered and stored; the phone keeps this one and sends it again later.
 */
final class InternalFailure extends ApiException {
    private static final long serialVersionUID = 1L;

    private InternalFailure(String incident) {
        super(500, "internal", "Kesalahan pada server", "Server error",
                "Kiriman ini gagal diproses karena kesalahan pada server; kirim ulang nanti, atau laporkan kode insiden "
                        + incident + " kepada admin.",
                "The server failed on this submission; send it again later, or report incident " + incident
                        + " to the administrator.",
                List.of());
    }

    /** Logs {@code cause} with a new incident id and answers the failure to give the client. */
    static InternalFailure logged(Logger log, String what, Exception cause) {
        String incident = UUID.randomUUID().toString();
        log.error("{}; incident {}", what, incident, cause);
        return new InternalFailure(incident);
    }
}
