package org.posyandu.core.internal.pendanaan;

import java.time.Instant;
import java.time.Year;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.error.Errors;
import org.posyandu.api.error.NotFoundException;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Scope;
import org.posyandu.core.internal.security.AuditLines;
import org.posyandu.api.pendanaan.Pendanaan;
import org.posyandu.api.pendanaan.PendanaanInput;
import org.posyandu.api.pendanaan.PendanaanService;
import org.posyandu.core.internal.db.CoreSchema;
import org.posyandu.core.internal.db.Fields;
import org.posyandu.core.internal.posyandu.PosyanduEntity;

@Component(service = PendanaanService.class)
public final class PendanaanServiceImpl implements PendanaanService {
    /** Permendagri 13/2024 came into force in 2024; records of earlier years are still useful history. */
    private static final int FIRST_YEAR = 2000;
    private final JpaTemplate jpa;

    @Activate
    public PendanaanServiceImpl(@Reference(target = "(osgi.unit.name=posyandu-core)") JpaTemplate jpa,
            @Reference CoreSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public Pendanaan add(Caller caller, String posyanduId, PendanaanInput in) {
        Fields.requireBody(in);
        Errors errors = new Errors();
        errors.require("sumber", in.sumber());
        int lastYear = Year.now().getValue() + 1;
        if (errors.require("tahun", in.tahun()) && (in.tahun() < FIRST_YEAR || in.tahun() > lastYear)) {
            errors.add("tahun", "range", "Tahun anggaran " + FIRST_YEAR + " sampai " + lastYear + ".",
                    "Budget year from " + FIRST_YEAR + " to " + lastYear + ".");
        }
        if (errors.require("jumlah", in.jumlah()) && in.jumlah() <= 0) {
            errors.add("jumlah", "range", "Jumlah dalam rupiah, lebih dari 0.", "Amount in rupiah, more than 0.");
        }
        String peruntukan = Fields.clean(in.peruntukan());
        errors.requireText("peruntukan", peruntukan, 255);
        String keterangan = Fields.clean(in.keterangan());
        errors.maxLength("keterangan", keterangan, 500);
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            PosyanduEntity posyandu = PosyanduEntity.require(em, caller.scope(), posyanduId);
            PendanaanEntity e = new PendanaanEntity(Fields.newId(), posyanduId, in.sumber(), in.tahun(), in.jumlah(),
                    peruntukan, keterangan, Instant.now());
            em.persist(e);
            AuditLines.append(em, AuditEntry.of(caller, "CREATE", "pendanaan", e.toPendanaan().id(),
                    posyandu.getDesaKode(), 201, null));
            return e.toPendanaan();
        });
    }

    @Override
    public List<Pendanaan> list(Scope scope, String posyanduId, Integer tahun) {
        return jpa.txExpr(TransactionType.Required, em -> {
            PosyanduEntity.require(em, scope, posyanduId);
            var q = em.createQuery("SELECT p FROM PendanaanEntity p WHERE p.posyanduId = :posyandu"
                    + (tahun == null ? "" : " AND p.tahun = :tahun") + " ORDER BY p.tahun DESC, p.sumber, p.dibuat",
                    PendanaanEntity.class).setParameter("posyandu", posyanduId);
            if (tahun != null) {
                q.setParameter("tahun", tahun);
            }
            return q.getResultList().stream().map(PendanaanEntity::toPendanaan).toList();
        });
    }

    /**
     * One statement that deletes the row only if it is still there and reports whether it did: of two DELETEs of
     * one record at once, the database lets one remove it and the other finds nothing (404). Reading the row and
     * then removing the read entity answered 204 to both.
     */
    @Override
    public void delete(Caller caller, String posyanduId, String id) {
        jpa.tx(TransactionType.Required, em -> {
            PosyanduEntity posyandu = PosyanduEntity.require(em, caller.scope(), posyanduId);
            int deleted = !Fields.isId(id) ? 0 : em.createQuery(
                    "DELETE FROM PendanaanEntity p WHERE p.id = :id AND p.posyanduId = :posyandu")
                    .setParameter("id", id).setParameter("posyandu", posyanduId).executeUpdate();
            if (deleted == 0) {
                throw new NotFoundException("Data pendanaan", "Funding record", id);
            }
            AuditLines.append(em, AuditEntry.of(caller, "DELETE", "pendanaan", id, posyandu.getDesaKode(), 200, null));
        });
    }
}
