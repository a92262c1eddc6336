package org.posyandu.core.internal.posyandu;

import java.time.Instant;
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
import org.posyandu.api.error.ConflictException;
import org.posyandu.api.error.Errors;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.PosyanduInput;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.security.Scope;
import org.posyandu.api.wilayah.WilayahService;
import org.posyandu.core.internal.db.CoreSchema;
import org.posyandu.core.internal.db.ConcurrentUpdate;
import org.posyandu.core.internal.db.Fields;
import org.posyandu.core.internal.db.Scopes;
import org.posyandu.core.internal.wilayah.WilayahEntity;

@Component(service = PosyanduService.class)
public final class PosyanduServiceImpl implements PosyanduService {
    private final JpaTemplate jpa;
    private final WilayahService wilayah;

    @Activate
    public PosyanduServiceImpl(@Reference(target = "(osgi.unit.name=posyandu-core)") JpaTemplate jpa,
            @Reference WilayahService wilayah, @Reference CoreSchema schema) {
        this.jpa = jpa;
        this.wilayah = wilayah;
    }

    @Override
    public Posyandu create(Scope scope, PosyanduInput input) {
        Valid v = validate(input);
        Scopes.requireWilayah(scope, "desaKode", v.desaKode);
        return save(() -> jpa.txExpr(TransactionType.Required, em -> {
            checkNameFree(em, v, null);
            PosyanduEntity entity = new PosyanduEntity(Fields.newId(), Instant.now());
            v.applyTo(entity, true);
            em.persist(entity);
            em.flush();
            return toPosyandu(em, entity);
        }), v);
    }

    @Override
    public Posyandu update(Scope scope, String id, PosyanduInput input) {
        Valid v = validate(input);
        return save(() -> jpa.txExpr(TransactionType.Required, em -> {
            PosyanduEntity entity = PosyanduEntity.require(em, scope, id);
            if (!v.desaKode.equals(entity.getDesaKode())) {
                Scopes.requireWilayah(scope, "desaKode", v.desaKode);
            }
            checkNameFree(em, v, id);
            v.applyTo(entity, false);
            em.flush();
            return toPosyandu(em, entity);
        }), v);
    }

    @Override
    public Optional<Posyandu> find(Scope scope, String id) {
        if (!Fields.isId(id)) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Required,
                em -> Optional.ofNullable(em.find(PosyanduEntity.class, id))
                        .filter(p -> scope.coversPosyandu(p.getId(), p.getDesaKode())).map(p -> toPosyandu(em, p)));
    }

    @Override
    public List<Posyandu> list(Scope scope, String wilayahKode, Boolean aktif, int offset, int limit) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, Object> params = new HashMap<>();
            StringBuilder jpql = new StringBuilder(
                    "SELECT p, w.nama FROM PosyanduEntity p, WilayahEntity w WHERE w.kode = p.desaKode");
            jpql.append(Scopes.condition(scope, "p.id", "p.desaKode", params));
            if (wilayahKode != null) {
                jpql.append(" AND (p.desaKode = :kode OR p.desaKode LIKE :under)");
            }
            if (aktif != null) {
                jpql.append(" AND p.aktif = :aktif");
            }
            jpql.append(" ORDER BY p.desaKode, p.namaKunci");
            TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class);
            if (wilayahKode != null) {
                q.setParameter("kode", wilayahKode).setParameter("under", wilayahKode + ".%");
            }
            if (aktif != null) {
                q.setParameter("aktif", aktif);
            }
            params.forEach(q::setParameter);
            return q.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                    .map(row -> ((PosyanduEntity) row[0]).toPosyandu((String) row[1])).toList();
        });
    }

    private static Posyandu toPosyandu(EntityManager em, PosyanduEntity p) {
        WilayahEntity desa = em.find(WilayahEntity.class, p.getDesaKode());
        return p.toPosyandu(desa == null ? null : desa.getNama());
    }

    private static void checkNameFree(EntityManager em, Valid v, String selfId) {
        List<String> clash = em.createQuery("SELECT p.id FROM PosyanduEntity p"
                + " WHERE p.desaKode = :desa AND p.namaKunci = :key", String.class)
                .setParameter("desa", v.desaKode).setParameter("key", v.namaKunci).getResultList();
        clash.stream().filter(existing -> !existing.equals(selfId)).findFirst().ifPresent(existing -> {
            throw nameTaken(v, existing);
        });
    }

    private static ConflictException nameTaken(Valid v, String existingId) {
        return new ConflictException(new FieldError("nama", "posyandu.namaUnik",
                "Sudah ada Posyandu bernama '" + v.nama + "' di desa " + v.desaKode + ".",
                "A Posyandu named '" + v.nama + "' already exists in desa " + v.desaKode + "."),
                existingId, existingId == null ? null : "/posyandu/" + existingId);
    }

    /** Runs a write; a unique-key race lost to a concurrent writer still answers 409, not 500. */
    private static Posyandu save(java.util.function.Supplier<Posyandu> write, Valid v) {
        try {
            return ConcurrentUpdate.guard(write);
        } catch (RuntimeException e) {
            if (Fields.isUniqueViolation(e)) {
                throw nameTaken(v, null);
            }
            throw e;
        }
    }

    private Valid validate(PosyanduInput in) {
        Fields.requireBody(in);
        Errors errors = new Errors();
        String nama = Fields.clean(in.nama());
        errors.requireText("nama", nama, 120);
        String desaKode = Fields.desa(errors, wilayah, "desaKode", in.desaKode());
        String alamat = Fields.clean(in.alamat());
        errors.maxLength("alamat", alamat, 255);
        String rt = Fields.rtRw(errors, "rt", in.rt());
        String rw = Fields.rtRw(errors, "rw", in.rw());
        errors.throwIfAny();
        return new Valid(nama, Fields.nameKey(nama), desaKode, alamat, rt, rw, in);
    }

    private record Valid(String nama, String namaKunci, String desaKode, String alamat, String rt, String rw,
            PosyanduInput in) {
        /** A missing {@code aktif} keeps the current state (a new Posyandu starts active). */
        void applyTo(PosyanduEntity e, boolean isNew) {
            boolean aktif = in.aktif() != null ? in.aktif() : isNew || e.isAktif();
            e.set(nama, namaKunci, desaKode, alamat, rt, rw, in.strata(), aktif, Instant.now());
        }
    }
}
