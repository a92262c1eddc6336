package org.posyandu.core.internal.db;

import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * The core's persistence unit (META-INF/persistence.xml as shipped) on a test database, outside OSGi, behind the
 * {@link JpaTemplate} the services are given in the container: each outermost call one transaction, nested calls
 * joining it, as Aries does for {@link TransactionType#Required}.
 */
public final class TestJpa implements JpaTemplate {
    private final EntityManagerFactory emf;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public TestJpa(DataSource db) {
        this.emf = new PersistenceProvider().createEntityManagerFactory("posyandu-core",
                Map.of("javax.persistence.nonJtaDataSource", db, "eclipselink.logging.level", "SEVERE"));
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        EntityManager joined = current.get();
        if (joined != null && type != TransactionType.RequiresNew) {
            return code.apply(joined);
        }
        EntityManager em = emf.createEntityManager();
        current.set(em);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            R result = code.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
            if (joined == null) {
                current.remove();
            } else {
                current.set(joined);
            }
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    public void close() {
        emf.close();
    }
}
