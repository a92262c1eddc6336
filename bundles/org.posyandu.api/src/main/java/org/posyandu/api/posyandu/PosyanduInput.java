package org.posyandu.api.posyandu;

/** What a client sends to create or replace a Posyandu; {@code aktif} defaults to true. */
public record PosyanduInput(String nama, String desaKode, String alamat, String rt, String rw, Strata strata,
        Boolean aktif) {
}
