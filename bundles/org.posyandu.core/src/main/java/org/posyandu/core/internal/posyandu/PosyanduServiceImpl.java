package org.posyandu.core.internal.posyandu;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import javax.sql.DataSource;

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
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Scope;
import org.posyandu.api.wilayah.WilayahService;
import org.posyandu.core.internal.db.CoreSchema;
import org.posyandu.core.internal.db.ConcurrentUpdate;
import org.posyandu.core.internal.db.Fields;
import org.posyandu.core.internal.db.Scopes;
import org.posyandu.core.internal.security.AuditLines;
import org.posyandu.core.internal.wilayah.WilayahEntity;

@Component(service = PosyanduService.class)
public final class PosyanduServiceImpl implements PosyanduService {
    /** The object type of a Posyandu's audit lines. */
    static final String AUDIT_TYPE = "posyandu";
    private final JpaTemplate jpa;
    private final WilayahService wilayah;
    private final PosyanduInsert insert;

    @Activate
    public PosyanduServiceImpl(@Reference(target = "(osgi.unit.name=posyandu-core)") JpaTemplate jpa,
            @Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource,
            @Reference WilayahService wilayah, @Reference CoreSchema schema) {
        this.jpa = jpa;
        this.wilayah = wilayah;
        this.insert = new PosyanduInsert(dataSource);
    }

    @Override
    public Posyandu create(Caller caller, PosyanduInput input) {
        Fields.requireBody(input);
        Errors errors = new Errors();
        String nama = Fields.clean(input.nama());
        errors.requireText("nama", nama, 120);
        String desaKode = Fields.clean(input.desaKode());
        errors.require("desaKode", desaKode);
        // the desa check, the scope check and the write: one connection, one transaction (PosyanduInsert)
        return ConcurrentUpdate.guard(() -> insert.insert(caller, desaKode, errors, () -> {
            Valid v = validateDetails(errors, nama, desaKode, input);
            return new PosyanduInsert.Row(v.nama, v.namaKunci, v.desaKode, v.alamat, v.rt, v.rw, input.strata(),
                    input.aktif() == null || input.aktif());
        }));
    }

    @Override
    public Posyandu update(Caller caller, String id, PosyanduInput input) {
        Scope scope = caller.scope();
        Valid v = validate(input);
        return save(() -> jpa.txExpr(TransactionType.Required, em -> {
            PosyanduEntity entity = PosyanduEntity.require(em, scope, id);
            if (!v.desaKode.equals(entity.getDesaKode())) {
                Scopes.requireWilayah(scope, "desaKode", v.desaKode);
            }
            checkNameFree(em, v, id);
            v.applyTo(entity, false);
            AuditLines.append(em, AuditEntry.of(caller, "UPDATE", AUDIT_TYPE, id, v.desaKode, 200, null));
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
        return nameTaken(v.nama, v.desaKode, existingId);
    }

    static ConflictException nameTaken(String nama, String desaKode, String existingId) {
        return new ConflictException(new FieldError("nama", "posyandu.namaUnik",
                "Sudah ada Posyandu bernama '" + nama + "' di desa " + desaKode + ".",
                "A Posyandu named '" + nama + "' already exists in desa " + desaKode + "."),
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
        Valid v = validateDetails(errors, nama, desaKode, in);
        errors.throwIfAny();
        return v;
    }

    /** The fields after the name and desa code; errors are recorded, not thrown. */
    private static Valid validateDetails(Errors errors, String nama, String desaKode, PosyanduInput in) {
        String alamat = Fields.clean(in.alamat());
        errors.maxLength("alamat", alamat, 255);
        String rt = Fields.rtRw(errors, "rt", in.rt());
        String rw = Fields.rtRw(errors, "rw", in.rw());
        return new Valid(nama, nama == null ? null : Fields.nameKey(nama), desaKode, alamat, rt, rw, in);
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
