package org.posyandu.core.internal.warga;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.posyandu.api.error.Errors;
import org.posyandu.api.security.Scope;
import org.posyandu.api.warga.HubunganKeluarga;
import org.posyandu.api.warga.Keluarga;
import org.posyandu.api.warga.Warga;
import org.posyandu.core.internal.db.Fields;
import org.posyandu.core.internal.db.Scopes;

/** Households: the residents of one No KK, its head, and the mother–child links among them. */
final class Households {
    private static final String KEPALA = HubunganKeluarga.KEPALA_KELUARGA.jsonName();

    private Households() {
    }

    /** The relation on the KK, checked: a known value, only with a No KK, one head per KK among the served. */
    static String hubungan(EntityManager em, Errors errors, String given, String noKk, String selfId) {
        String value = Fields.clean(given);
        if (value == null) {
            return null;
        }
        if (HubunganKeluarga.of(value).isEmpty()) {
            String allowed = java.util.Arrays.stream(HubunganKeluarga.values()).map(HubunganKeluarga::jsonName)
                    .collect(Collectors.joining(", "));
            errors.add("hubunganKeluarga", "enum", "Pilihan: " + allowed + ".", "Allowed: " + allowed + ".");
            return null;
        }
        if (noKk == null) {
            errors.add("hubunganKeluarga", "hubunganKeluarga.tanpaKk", "Hubungan keluarga diisi bersama nomor KK.",
                    "The household relation goes with a family card number.");
        } else if (KEPALA.equals(value)) {
            List<String> heads = em.createQuery("SELECT w.id FROM WargaEntity w WHERE w.noKk = :kk"
                    + " AND w.hubunganKeluarga = :kepala AND w.keluarTanggal IS NULL", String.class)
                    .setParameter("kk", noKk).setParameter("kepala", KEPALA).getResultList();
            if (heads.stream().anyMatch(id -> !id.equals(selfId))) {
                errors.add("hubunganKeluarga", "keluarga.kepalaGanda",
                        "KK ini sudah punya kepala keluarga; ubah dulu data kepala keluarga yang lama.",
                        "This family card already has a head of family; change that record first.");
            }
        }
        return value;
    }

    static Optional<Keluarga> of(EntityManager em, Scope scope, String noKk, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        String scoped = Scopes.condition(scope, "w.posyanduId", "p.desaKode", params);
        TypedQuery<WargaEntity> q = em.createQuery("SELECT w FROM WargaEntity w, PosyanduEntity p"
                + " WHERE p.id = w.posyanduId AND w.noKk = :kk" + scoped, WargaEntity.class).setParameter("kk", noKk);
        params.forEach(q::setParameter);
        List<Warga> anggota = new ArrayList<>(q.getResultList().stream().map(w -> w.toWarga(today)).toList());
        if (anggota.isEmpty()) {
            return Optional.empty();
        }
        anggota.sort(Comparator.comparing((Warga w) -> !KEPALA.equals(w.hubunganKeluarga()))
                .thenComparing(Warga::tanggalLahir).thenComparing(Warga::id));
        Set<String> ids = anggota.stream().map(Warga::id).collect(Collectors.toSet());
        // children not on this KK yet (a newborn), linked to a mother who is
        Map<String, Object> childParams = new HashMap<>();
        TypedQuery<WargaEntity> cq = em.createQuery("SELECT w FROM WargaEntity w, PosyanduEntity p"
                + " WHERE p.id = w.posyanduId AND w.ibuId IN :ibu AND (w.noKk IS NULL OR w.noKk <> :kk)"
                + Scopes.condition(scope, "w.posyanduId", "p.desaKode", childParams) + " ORDER BY w.tanggalLahir",
                WargaEntity.class).setParameter("ibu", ids).setParameter("kk", noKk);
        childParams.forEach(cq::setParameter);
        List<Warga> belumDiKk = cq.getResultList().stream().map(w -> w.toWarga(today)).toList();
        List<Keluarga.IbuAnak> links = new ArrayList<>();
        for (Warga w : anggota) {
            if (w.ibuId() != null && ids.contains(w.ibuId())) {
                links.add(new Keluarga.IbuAnak(w.ibuId(), w.id()));
            }
        }
        belumDiKk.forEach(w -> links.add(new Keluarga.IbuAnak(w.ibuId(), w.id())));
        String kepala = anggota.stream().filter(w -> KEPALA.equals(w.hubunganKeluarga())
                && Warga.AKTIF.equals(w.status())).map(Warga::id).findFirst().orElse(null);
        return Optional.of(new Keluarga(noKk, kepala, List.copyOf(anggota), belumDiKk, List.copyOf(links)));
    }
}
