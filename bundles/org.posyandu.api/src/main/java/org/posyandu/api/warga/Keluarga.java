package org.posyandu.api.warga;

import java.util.List;

/**
 * A household: the residents recorded with one No KK (inside the caller's scope).
 *
 * @param kepalaKeluargaId the member recorded as kepala keluarga, {@code null} if none is
 * @param anggota          the members, head first, then by birth date
 * @param anakBelumDiKk    children of members recorded without this No KK (a newborn is not on the KK yet)
 * @param ibuAnak          the mother–child links among them
 */
public record Keluarga(String noKk, String kepalaKeluargaId, List<Warga> anggota, List<Warga> anakBelumDiKk,
        List<IbuAnak> ibuAnak) {

    public record IbuAnak(String ibuId, String anakId) {
    }
}
