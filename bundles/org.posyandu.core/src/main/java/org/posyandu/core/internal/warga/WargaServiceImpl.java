package org.posyandu.core.internal.warga;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.posyandu.api.warga.WargaChangeListener;
import org.posyandu.api.error.ConflictException;
import org.posyandu.api.error.Errors;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ForbiddenException;
import org.posyandu.api.error.NotFoundException;
import org.posyandu.api.error.ValidationException;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.Keluarga;
import org.posyandu.api.warga.Nik;
import org.posyandu.api.warga.NikCheck;
import org.posyandu.api.warga.NikRegions;
import org.posyandu.api.warga.NoKk;
import org.posyandu.api.warga.Warga;
import org.posyandu.api.warga.WargaInput;
import org.posyandu.api.warga.WargaQuery;
import org.posyandu.api.warga.WargaService;
import org.posyandu.api.wilayah.Tingkat;
import org.posyandu.api.wilayah.WilayahService;
import org.posyandu.core.internal.db.CoreSchema;
import org.posyandu.core.internal.db.ConcurrentUpdate;
import org.posyandu.core.internal.db.Fields;
import org.posyandu.core.internal.db.PosyanduChanges;
import org.posyandu.core.internal.db.Scopes;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Scope;
import org.posyandu.core.internal.security.AuditLines;
import org.posyandu.core.internal.posyandu.PosyanduEntity;

@Component(service = WargaService.class)
public final class WargaServiceImpl implements WargaService {
    /** A mother is at least this many years older than her child; a smaller gap is a data-entry error. */
    private static final int MIN_MOTHER_AGE_GAP = 10;

    private final JpaTemplate jpa;
    private final WilayahService wilayah;
    private final NikRegions regions;
    /** Told after a change (values derived from the birth date or sex are recomputed). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<WargaChangeListener> listeners = List.of();

    @Activate
    public WargaServiceImpl(@Reference(target = "(osgi.unit.name=posyandu-core)") JpaTemplate jpa,
            @Reference WilayahService wilayah, @Reference CoreSchema schema) {
        this.jpa = jpa;
        this.wilayah = wilayah;
        this.regions = new NikRegions() {
            @Override
            public boolean provinsiExists(String twoDigitCode) {
                return wilayah.exists(twoDigitCode, Tingkat.PROVINSI);
            }

            @Override
            public boolean kecamatanExists(String dottedKecamatanCode) {
                return wilayah.exists(dottedKecamatanCode, Tingkat.KECAMATAN);
            }
        };
    }

    @Override
    public Warga create(Caller caller, WargaInput input) {
        return save(caller, input, null);
    }

    @Override
    public Warga update(Caller caller, String id, WargaInput input) {
        if (!Fields.isId(id)) {
            throw notFound(id);
        }
        Warga before = find(caller.scope(), id).orElse(null);
        Warga after = save(caller, input, id);
        WargaChanges.tell(listeners, before, after);
        return after;
    }

    /** Creates ({@code id} null) or updates a resident, its audit line in the same transaction. */
    private Warga save(Caller caller, WargaInput input, String id) {
        Fields.requireBody(input);
        Scope scope = caller.scope();
        try {
            return ConcurrentUpdate.guard(() -> jpa.txExpr(TransactionType.Required, em -> {
                WargaEntity entity = id == null ? new WargaEntity(Fields.newId(), Instant.now()) : find(em, scope, id);
                ValidWarga v = validate(em, scope, input, entity.getId());
                checkDuplicate(em, scope, v, entity.getId());
                // the figures of the Posyandu the resident leaves and the one it joins (or stays in) change
                for (String posyanduId : PosyanduChanges.ordered(Arrays.asList(entity.getPosyanduId(), v.posyanduId()))) {
                    em.createNativeQuery(PosyanduChanges.TOUCH).setParameter(1, posyanduId).executeUpdate();
                }
                entity.set(v, Instant.now());
                if (id == null) {
                    em.persist(entity);
                }
                AuditLines.append(em, AuditEntry.of(caller, id == null ? "CREATE" : "UPDATE", "warga", entity.getId(),
                        v.desaKode(), id == null ? 201 : 200, null));
                em.flush();
                return entity.toWarga(LocalDate.now());
            }));
        } catch (RuntimeException e) {
            if (Fields.isUniqueViolation(e)) {
                // a concurrent request registered the same NIK between our check and our insert
                throw nikTaken(null);
            }
            throw e;
        }
    }

    @Override
    public Optional<Warga> find(Scope scope, String id) {
        if (!Fields.isId(id)) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(WargaEntity.class, id))
                .filter(w -> PosyanduEntity.covers(em, scope, w.getPosyanduId()))
                .map(w -> w.toWarga(LocalDate.now())));
    }

    @Override
    public List<Warga> anak(Scope scope, String ibuId) {
        if (!Fields.isId(ibuId)) {
            return List.of();
        }
        LocalDate today = LocalDate.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, Object> params = new HashMap<>();
            String jpql = "SELECT w FROM WargaEntity w, PosyanduEntity p WHERE p.id = w.posyanduId AND w.ibuId = :ibu"
                    + Scopes.condition(scope, "w.posyanduId", "p.desaKode", params) + " ORDER BY w.tanggalLahir";
            TypedQuery<WargaEntity> query = em.createQuery(jpql, WargaEntity.class).setParameter("ibu", ibuId);
            params.forEach(query::setParameter);
            return query.getResultList().stream().map(w -> w.toWarga(today)).toList();
        });
    }

    @Override
    public Optional<Keluarga> keluarga(Scope scope, String noKk) {
        String kk = Fields.clean(noKk);
        NoKk.check("noKk", kk).ifPresent(e -> {
            throw ValidationException.of(e);
        });
        return jpa.txExpr(TransactionType.Required, em -> Households.of(em, scope, kk, LocalDate.now()));
    }

    @Override
    public List<Warga> list(Scope scope, WargaQuery q) {
        LocalDate today = LocalDate.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, Object> params = new HashMap<>();
            StringBuilder jpql = new StringBuilder("SELECT w FROM WargaEntity w, PosyanduEntity p"
                    + " WHERE p.id = w.posyanduId" + Scopes.condition(scope, "w.posyanduId", "p.desaKode", params));
            WargaFilters.append(jpql, params, q, today);
            jpql.append(" ORDER BY w.namaKunci, w.tanggalLahir");
            TypedQuery<WargaEntity> query = em.createQuery(jpql.toString(), WargaEntity.class);
            params.forEach(query::setParameter);
            if (q.kelompok() == null) {
                return query.setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList().stream()
                        .map(w -> w.toWarga(today)).toList();
            }
            // the exact rule (completed months and years, today) is applied to the narrowed rows
            String group = q.kelompok().jsonName();
            return query.getResultList().stream().map(w -> w.toWarga(today))
                    .filter(w -> w.kelompokSasaran().contains(group)).skip(q.offset()).limit(q.limit()).toList();
        });
    }

    private ValidWarga validate(EntityManager em, Scope scope, WargaInput in, String selfId) {
        Errors errors = new Errors();
        String nama = Fields.clean(in.nama());
        errors.requireText("nama", nama, 120);
        errors.require("jenisKelamin", in.jenisKelamin());
        LocalDate lahir = in.tanggalLahir();
        if (errors.require("tanggalLahir", lahir)) {
            Fields.notInFuture(errors, "tanggalLahir", lahir);
            if (lahir.getYear() < 1900) {
                errors.add("tanggalLahir", "date.range", "Tanggal lahir sebelum tahun 1900 tidak mungkin.",
                        "A birth date before 1900 is not possible.");
            }
        }
        String nik = Fields.clean(in.nik());
        List<FieldError> warnings = new ArrayList<>();
        if (nik != null) {
            NikCheck check = Nik.check(nik, in.jenisKelamin(), lahir, regions);
            check.errors().forEach(errors::add);
            warnings.addAll(check.warnings());
        }
        String noKk = Fields.clean(in.noKk());
        if (noKk != null) {
            NikCheck check = NoKk.check("noKk", noKk, regions);
            check.errors().forEach(errors::add);
            warnings.addAll(check.warnings());
        }
        String hubungan = Households.hubungan(em, errors, in.hubunganKeluarga(), noKk, selfId);
        String desaKode = Fields.desa(errors, wilayah, "desaKode", in.desaKode());
        String rt = Fields.rtRw(errors, "rt", in.rt());
        String rw = Fields.rtRw(errors, "rw", in.rw());
        String alamat = Fields.clean(in.alamat());
        errors.maxLength("alamat", alamat, 255);
        String posyanduId = Fields.clean(in.posyanduId());
        if (errors.require("posyanduId", posyanduId)) {
            PosyanduEntity posyandu = Fields.isId(posyanduId) ? em.find(PosyanduEntity.class, posyanduId) : null;
            if (posyandu == null) {
                errors.add("posyanduId", "posyandu.exists", "Posyandu tidak ditemukan.", "Posyandu not found.");
            } else if (!scope.coversPosyandu(posyandu.getId(), posyandu.getDesaKode())) {
                throw ForbiddenException.outsideScope("posyanduId", posyanduId);
            }
        }
        String ibuId = Fields.clean(in.ibuId());
        if (nik == null && ibuId == null) {
            errors.add("nik", "nik.requiredOrIbu",
                    "Isi NIK; untuk bayi yang belum punya NIK, isi ibuId (data ibunya).",
                    "Give the NIK; for a baby without a NIK yet, give ibuId (the mother's record).");
        }
        if (ibuId != null) {
            checkMother(em, scope, errors, ibuId, selfId, lahir);
        }
        if (in.hpht() != null) {
            if (in.jenisKelamin() == JenisKelamin.L) {
                errors.add("hpht", "hpht.sex", "HPHT hanya untuk perempuan.", "HPHT applies to women only.");
            }
            Fields.notInFuture(errors, "hpht", in.hpht());
        }
        errors.throwIfAny();
        return new ValidWarga(nik, noKk, nama, Fields.nameKey(nama), in.jenisKelamin(), lahir, desaKode, rt, rw,
                alamat, posyanduId, ibuId, in.hpht(), List.copyOf(warnings), hubungan);
    }

    private static void checkMother(EntityManager em, Scope scope, Errors errors, String ibuId, String selfId,
            LocalDate lahir) {
        WargaEntity ibu = Fields.isId(ibuId) && !ibuId.equals(selfId) ? em.find(WargaEntity.class, ibuId) : null;
        if (ibu == null || !PosyanduEntity.covers(em, scope, ibu.getPosyanduId())) {
            errors.add("ibuId", "ibu.exists", "Data ibu tidak ditemukan.", "The mother's record was not found.");
        } else if (ibu.getJenisKelamin() != JenisKelamin.P) {
            errors.add("ibuId", "ibu.sex", "Data ibu harus perempuan.", "The mother's record must be female.");
        } else if (lahir != null && ibu.getTanggalLahir().plusYears(MIN_MOTHER_AGE_GAP).isAfter(lahir)) {
            errors.add("ibuId", "ibu.age", "Ibu harus paling sedikit " + MIN_MOTHER_AGE_GAP + " tahun lebih tua.",
                    "The mother must be at least " + MIN_MOTHER_AGE_GAP + " years older.");
        }
    }

    /** Search before create: by NIK, or for a baby without NIK by mother, birth date and name. */
    private static void checkDuplicate(EntityManager em, Scope scope, ValidWarga v, String selfId) {
        if (v.nik() != null) {
            em.createQuery("SELECT w FROM WargaEntity w WHERE w.nik = :nik", WargaEntity.class)
                    .setParameter("nik", v.nik()).getResultList().stream().filter(w -> !w.getId().equals(selfId))
                    .findFirst().ifPresent(existing -> {
                        // a record outside the caller's scope is not shown, only that the NIK is taken
                        throw nikTaken(PosyanduEntity.covers(em, scope, existing.getPosyanduId()) ? existing.getId() : null);
                    });
        } else {
            em.createQuery("SELECT w.id FROM WargaEntity w WHERE w.ibuId = :ibu AND w.tanggalLahir = :lahir"
                    + " AND w.namaKunci = :nama", String.class).setParameter("ibu", v.ibuId())
                    .setParameter("lahir", v.tanggalLahir()).setParameter("nama", v.namaKunci()).getResultList()
                    .stream().filter(id -> !id.equals(selfId)).findFirst().ifPresent(existing -> {
                        throw new ConflictException(new FieldError("nama", "warga.duplikatBayi",
                                "Anak dengan nama, tanggal lahir dan ibu yang sama sudah terdaftar.",
                                "A child with the same name, birth date and mother is already registered."),
                                existing, "/warga/" + existing);
                    });
        }
    }

    private static ConflictException nikTaken(String existing) {
        return new ConflictException(new FieldError("nik", "nik.unik", "NIK ini sudah terdaftar.",
                "This NIK is already registered."), existing, existing == null ? null : "/warga/" + existing);
    }

    private static WargaEntity find(EntityManager em, Scope scope, String id) {
        WargaEntity e = em.find(WargaEntity.class, id);
        if (e == null || !PosyanduEntity.covers(em, scope, e.getPosyanduId())) {
            throw notFound(id);
        }
        return e;
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("Warga", "Resident", id);
    }
}
