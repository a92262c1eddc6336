package org.posyandu.core.internal.wilayah;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
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
import org.posyandu.api.wilayah.Tingkat;
import org.posyandu.api.wilayah.Wilayah;
import org.posyandu.api.wilayah.WilayahKode;
import org.posyandu.api.wilayah.WilayahService;
import org.posyandu.core.internal.db.CoreSchema;

@Component(service = WilayahService.class)
public final class WilayahServiceImpl implements WilayahService {
    private final JpaTemplate jpa;
    private final Map<Tingkat, Integer> stats;

    @Activate
    public WilayahServiceImpl(@Reference(target = "(osgi.unit.name=posyandu-core)") JpaTemplate jpa,
            @Reference CoreSchema schema) {
        this.jpa = jpa;
        // reference data that only changes with a new data set: count once
        this.stats = Collections.unmodifiableMap(countByTingkat());
    }

    @Override
    public Optional<Wilayah> find(String kode) {
        if (!WilayahKode.isValid(kode)) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Required,
                em -> Optional.ofNullable(em.find(WilayahEntity.class, kode)).map(WilayahEntity::toWilayah));
    }

    @Override
    public List<Wilayah> children(String kode) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT w FROM WilayahEntity w WHERE w.indukKode = :kode ORDER BY w.kode", WilayahEntity.class)
                .setParameter("kode", kode).getResultList().stream().map(WilayahEntity::toWilayah).toList());
    }

    @Override
    public List<Wilayah> search(String text, Tingkat tingkat, String within, int limit) {
        String key = stripWildcards(WilayahRow.searchKey(text.strip()));
        return jpa.txExpr(TransactionType.Required, em -> {
            // names with a word starting with the text first ("palem" finds Kota Palembang), by level and
            // code, then names that merely contain it
            String wordStart = "(w.namaCari LIKE :p OR w.namaCari LIKE :wp)";
            List<Wilayah> result = new ArrayList<>(query(em, wordStart, key, tingkat, within, limit));
            if (result.size() < limit) {
                result.addAll(query(em, "w.namaCari LIKE :c AND NOT " + wordStart, key, tingkat, within,
                        limit - result.size()));
            }
            return result;
        });
    }

    private static List<Wilayah> query(EntityManager em, String condition, String key, Tingkat tingkat,
            String within, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT w FROM WilayahEntity w WHERE ").append(condition);
        if (tingkat != null) {
            jpql.append(" AND w.tingkat = :tingkat");
        }
        if (within != null) {
            jpql.append(" AND w.kode LIKE :within");
        }
        jpql.append(" ORDER BY w.tingkat, w.kode");
        TypedQuery<WilayahEntity> q = em.createQuery(jpql.toString(), WilayahEntity.class)
                .setParameter("p", key + "%").setParameter("wp", "% " + key + "%");
        if (condition.contains(":c")) {
            q.setParameter("c", "%" + key + "%");
        }
        if (tingkat != null) {
            q.setParameter("tingkat", (short) tingkat.parts());
        }
        if (within != null) {
            q.setParameter("within", within + ".%");
        }
        return q.setMaxResults(limit).getResultList().stream().map(WilayahEntity::toWilayah).toList();
    }

    @Override
    public Map<Tingkat, Integer> stats() {
        return stats;
    }

    private Map<Tingkat, Integer> countByTingkat() {
        Map<Tingkat, Integer> result = new EnumMap<>(Tingkat.class);
        for (Tingkat t : Tingkat.values()) {
            result.put(t, 0);
        }
        jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT w.tingkat, COUNT(w) FROM WilayahEntity w GROUP BY w.tingkat", Object[].class)
                .getResultList())
                .forEach(row -> result.put(Tingkat.values()[((Number) row[0]).intValue() - 1],
                        ((Number) row[1]).intValue()));
        return result;
    }

    /** Region names contain no LIKE wildcards, so user-typed ones are dropped rather than interpreted. */
    static String stripWildcards(String text) {
        return text.replace("%", "").replace("_", "");
    }
}
