package org.posyandu.core.internal.kader;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.error.ConflictException;
import org.posyandu.api.error.Errors;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.NotFoundException;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Scope;
import org.posyandu.core.internal.security.AuditLines;
import org.posyandu.api.kader.BidangSpm;
import org.posyandu.api.kader.Jabatan;
import org.posyandu.api.kader.Pelatihan;
import org.posyandu.api.kader.PelatihanInput;
import org.posyandu.api.kader.Pengurus;
import org.posyandu.api.kader.PengurusInput;
import org.posyandu.api.kader.PengurusService;
import org.posyandu.core.internal.db.CoreSchema;
import org.posyandu.core.internal.db.ConcurrentUpdate;
import org.posyandu.core.internal.db.Fields;
import org.posyandu.core.internal.posyandu.PosyanduEntity;

@Component(service = PengurusService.class)
public final class PengurusServiceImpl implements PengurusService {
    private final JpaTemplate jpa;

    @Activate
    public PengurusServiceImpl(@Reference(target = "(osgi.unit.name=posyandu-core)") JpaTemplate jpa,
            @Reference CoreSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public Pengurus add(Caller caller, String posyanduId, PengurusInput input) {
        Valid v = validate(input);
        return jpa.txExpr(TransactionType.Required, em -> {
            PosyanduEntity posyandu = PosyanduEntity.require(em, caller.scope(), posyanduId);
            checkSingleHolder(em, posyanduId, v, null);
            PengurusEntity e = new PengurusEntity(Fields.newId(), posyanduId, Instant.now());
            v.applyTo(e);
            em.persist(e);
            audit(em, caller, "CREATE", 201, e.getId(), posyandu, null);
            return e.toPengurus(List.of(), LocalDate.now());
        });
    }

    @Override
    public Pengurus update(Caller caller, String posyanduId, String id, PengurusInput input) {
        Valid v = validate(input);
        return ConcurrentUpdate.guard(() -> jpa.txExpr(TransactionType.Required, em -> {
            PengurusEntity e = require(em, caller.scope(), posyanduId, id);
            checkSingleHolder(em, posyanduId, v, id);
            v.applyTo(e);
            audit(em, caller, "UPDATE", 200, id, em.find(PosyanduEntity.class, posyanduId), null);
            em.flush();
            return e.toPengurus(pelatihanOf(em, List.of(id)).getOrDefault(id, List.of()), LocalDate.now());
        }));
    }

    @Override
    public Optional<Pengurus> find(Scope scope, String posyanduId, String id) {
        if (!Fields.isId(posyanduId) || !Fields.isId(id)) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(PengurusEntity.class, id))
                .filter(e -> e.getPosyanduId().equals(posyanduId))
                .filter(e -> PosyanduEntity.covers(em, scope, posyanduId))
                .map(e -> e.toPengurus(pelatihanOf(em, List.of(id)).getOrDefault(id, List.of()), LocalDate.now())));
    }

    @Override
    public List<Pengurus> list(Scope scope, String posyanduId, boolean includeFormer) {
        return jpa.txExpr(TransactionType.Required, em -> {
            PosyanduEntity.require(em, scope, posyanduId);
            String jpql = "SELECT p FROM PengurusEntity p WHERE p.posyanduId = :posyandu"
                    + (includeFormer ? "" : " AND (p.tanggalSelesai IS NULL OR p.tanggalSelesai > :today)")
                    + " ORDER BY p.jabatan, p.bidang, p.nama";
            var query = em.createQuery(jpql, PengurusEntity.class).setParameter("posyandu", posyanduId);
            LocalDate today = LocalDate.now();
            if (!includeFormer) {
                query.setParameter("today", today);
            }
            List<PengurusEntity> rows = query.getResultList();
            Map<String, List<Pelatihan>> pelatihan = pelatihanOf(em,
                    rows.stream().map(PengurusEntity::getId).toList());
            return rows.stream().map(e -> e.toPengurus(pelatihan.getOrDefault(e.getId(), List.of()), today))
                    .toList();
        });
    }

    @Override
    public Pelatihan addPelatihan(Caller caller, String posyanduId, String pengurusId, PelatihanInput input) {
        Fields.requireBody(input);
        Errors errors = new Errors();
        String nama = Fields.clean(input.nama());
        String penyelenggara = Fields.clean(input.penyelenggara());
        errors.requireText("nama", nama, 200);
        errors.requireText("penyelenggara", penyelenggara, 200);
        if (errors.require("tanggal", input.tanggal())) {
            Fields.notInFuture(errors, "tanggal", input.tanggal());
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            require(em, caller.scope(), posyanduId, pengurusId);
            PelatihanEntity e = new PelatihanEntity(Fields.newId(), pengurusId, nama, input.tanggal(), penyelenggara,
                    Instant.now());
            em.persist(e);
            audit(em, caller, "CREATE", 201, pengurusId, em.find(PosyanduEntity.class, posyanduId),
                    "pelatihan " + e.toPelatihan().id());
            return e.toPelatihan();
        });
    }

    private static PengurusEntity require(EntityManager em, Scope scope, String posyanduId, String id) {
        PosyanduEntity.require(em, scope, posyanduId);
        PengurusEntity e = Fields.isId(id) ? em.find(PengurusEntity.class, id) : null;
        if (e == null || !e.getPosyanduId().equals(posyanduId)) {
            throw new NotFoundException("Pengurus/kader", "Board member/kader", id);
        }
        return e;
    }

    /** A roster change's audit line, placed at the Posyandu's desa, in the change's transaction. */
    private static void audit(EntityManager em, Caller caller, String action, int outcome, String id,
            PosyanduEntity posyandu, String detail) {
        AuditLines.append(em, AuditEntry.of(caller, action, "pengurus", id, posyandu.getDesaKode(), outcome, detail));
    }

    private static Map<String, List<Pelatihan>> pelatihanOf(EntityManager em, List<String> pengurusIds) {
        if (pengurusIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT t FROM PelatihanEntity t WHERE t.pengurusId IN :ids ORDER BY t.tanggal",
                PelatihanEntity.class).setParameter("ids", pengurusIds).getResultList().stream()
                .collect(Collectors.groupingBy(PelatihanEntity::getPengurusId,
                        Collectors.mapping(PelatihanEntity::toPelatihan, Collectors.toList())));
    }

    /** Ketua, sekretaris, bendahara, and one koordinator per field: one active holder at a time. */
    private static void checkSingleHolder(EntityManager em, String posyanduId, Valid v, String selfId) {
        if (!v.jabatan.isSingleHolder() || !v.activeOn(LocalDate.now())) {
            return;
        }
        String jpql = "SELECT p.id FROM PengurusEntity p WHERE p.posyanduId = :posyandu AND p.jabatan = :jabatan"
                + " AND (p.tanggalSelesai IS NULL OR p.tanggalSelesai > :today)"
                + (v.bidang == null ? "" : " AND p.bidang = :bidang");
        var q = em.createQuery(jpql, String.class).setParameter("posyandu", posyanduId)
                .setParameter("jabatan", v.jabatan.name()).setParameter("today", LocalDate.now());
        if (v.bidang != null) {
            q.setParameter("bidang", v.bidang);
        }
        q.getResultList().stream().filter(id -> !id.equals(selfId)).findFirst().ifPresent(existing -> {
            String role = v.jabatan.name().toLowerCase() + (v.bidang == null ? "" : " " + v.bidang);
            throw new ConflictException(new FieldError("jabatan", "pengurus.satuPemegang",
                    "Posyandu ini sudah punya " + role + " yang aktif; isi tanggalSelesai pengurus lama dulu.",
                    "This Posyandu already has an active " + role + "; set the former holder's tanggalSelesai first."),
                    existing, "/posyandu/" + posyanduId + "/pengurus/" + existing);
        });
    }

    private static Valid validate(PengurusInput in) {
        Fields.requireBody(in);
        Errors errors = new Errors();
        String nama = Fields.clean(in.nama());
        errors.requireText("nama", nama, 120);
        String nik = Fields.clean(in.nik());
        if (nik != null && !nik.matches("\\d{16}")) {
            errors.add("nik", "nik.format", "NIK harus 16 angka.", "A NIK has 16 digits.");
        }
        String telepon = Fields.clean(in.telepon());
        if (telepon != null && !telepon.matches("\\+?[0-9 -]{8,20}")) {
            errors.add("telepon", "telepon.format", "Nomor telepon berisi 8-20 angka, boleh diawali +.",
                    "A phone number has 8-20 digits, optionally starting with +.");
        }
        String bidang = Fields.clean(in.bidang());
        if (errors.require("jabatan", in.jabatan())) {
            if (in.jabatan().needsBidang()) {
                if (errors.require("bidang", bidang) && BidangSpm.byId(bidang).isEmpty()) {
                    errors.add("bidang", "bidang.enum",
                            "Bidang SPM tidak dikenal; pilihan: kesehatan, pendidikan, pekerjaan-umum, "
                                    + "perumahan-rakyat, trantibumlinmas, sosial.",
                            "Unknown SPM field; allowed: kesehatan, pendidikan, pekerjaan-umum, perumahan-rakyat, "
                                    + "trantibumlinmas, sosial.");
                }
            } else if (bidang != null) {
                errors.add("bidang", "bidang.notApplicable", "Bidang hanya diisi untuk koordinator dan kader.",
                        "A field applies to koordinator and kader only.");
            }
        }
        if (errors.require("tanggalMulai", in.tanggalMulai())) {
            Fields.notInFuture(errors, "tanggalMulai", in.tanggalMulai());
            if (in.tanggalSelesai() != null && in.tanggalSelesai().isBefore(in.tanggalMulai())) {
                errors.add("tanggalSelesai", "date.order", "Tanggal selesai tidak boleh sebelum tanggal mulai.",
                        "The end date cannot be before the start date.");
            }
        }
        errors.throwIfAny();
        return new Valid(nama, nik, telepon, in.jabatan(), bidang, in.tanggalMulai(), in.tanggalSelesai());
    }


    private record Valid(String nama, String nik, String telepon, Jabatan jabatan, String bidang, LocalDate mulai,
            LocalDate selesai) {
        boolean activeOn(LocalDate day) {
            return selesai == null || selesai.isAfter(day);
        }

        void applyTo(PengurusEntity e) {
            e.set(nama, nik, telepon, jabatan, bidang, mulai, selesai, Instant.now());
        }
    }
}
