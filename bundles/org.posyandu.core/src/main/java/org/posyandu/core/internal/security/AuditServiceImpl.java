package org.posyandu.core.internal.security;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.AuditQuery;
import org.posyandu.api.security.AuditService;
import org.posyandu.api.security.Scope;
import org.posyandu.core.internal.db.CoreSchema;

/**
 * The audit trail in table {@code audit_log}, read newest first. {@link #record} is one committed insert per entry,
 * for what writes nothing (reads of personal data, refusals, failed logins); a write's line is appended inside the
 * write's transaction ({@link AuditLines}). There is deliberately no update or delete.
 */
@Component(service = AuditService.class)
public final class AuditServiceImpl implements AuditService {
    private final JpaTemplate jpa;

    @Activate
    public AuditServiceImpl(@Reference(target = "(osgi.unit.name=posyandu-core)") JpaTemplate jpa,
            @Reference CoreSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public void record(AuditEntry entry) {
        jpa.tx(TransactionType.Required, em -> em.persist(new AuditEntity(entry)));
    }

    @Override
    public void recordAll(List<AuditEntry> entries) {
        if (!entries.isEmpty()) {
            jpa.tx(TransactionType.Required, em -> entries.forEach(e -> em.persist(new AuditEntity(e))));
        }
    }

    @Override
    public List<AuditEntry> list(Scope scope, AuditQuery q) {
        if (!scope.isAll() && scope.wilayah() == null) {
            return List.of(); // a kader reads no audit trail
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntity a WHERE 1 = 1");
            Map<String, Object> params = new HashMap<>();
            if (!scope.isAll()) {
                jpql.append(" AND (a.wilayah = :scopeKode OR a.wilayah LIKE :scopeUnder)");
                params.put("scopeKode", scope.wilayah());
                params.put("scopeUnder", scope.wilayah() + ".%");
            }
            filter(jpql, params, "a.username", "username", q.username());
            filter(jpql, params, "a.action", "action", q.action());
            filter(jpql, params, "a.objectType", "objectType", q.objectType());
            filter(jpql, params, "a.objectId", "objectId", q.objectId());
            if (q.from() != null) {
                jpql.append(" AND a.waktu >= :from");
                params.put("from", Timestamp.from(q.from()));
            }
            if (q.to() != null) {
                jpql.append(" AND a.waktu < :to");
                params.put("to", Timestamp.from(q.to()));
            }
            jpql.append(" ORDER BY a.id DESC");
            TypedQuery<AuditEntity> query = em.createQuery(jpql.toString(), AuditEntity.class);
            params.forEach(query::setParameter);
            return query.setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList().stream()
                    .map(AuditEntity::toEntry).toList();
        });
    }

    private static void filter(StringBuilder jpql, Map<String, Object> params, String path, String name,
            String value) {
        if (value != null) {
            jpql.append(" AND ").append(path).append(" = :").append(name);
            params.put(name, value);
        }
    }
}
