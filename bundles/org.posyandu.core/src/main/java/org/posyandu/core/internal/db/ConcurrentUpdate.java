package org.posyandu.core.internal.db;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javax.persistence.OptimisticLockException;

import org.posyandu.api.error.ApiException;

/**
 * Two requests changed the same record at the same moment and this one lost: its change was not stored, and
 * sending it again (after reading the record anew) is safe. HTTP 409 {@code concurrent-update}. The registry's
 * entities carry a JPA version column, so the loser of such a race meets an optimistic lock failure; Derby and
 * PostgreSQL may instead report a deadlock or a lock wait that timed out, which means the same here.
 */
public final class ConcurrentUpdate extends ApiException {
    private static final long serialVersionUID = 1L;
    /** SQL states of a transaction the database rolled back to settle a race: serialization, deadlock, lock timeout. */
    private static final Set<String> RACE_STATES = Set.of("40001", "40P01", "40XL1", "40XL2");
    private static final String ECLIPSELINK_OPTIMISTIC_LOCK = "org.eclipse.persistence.exceptions.OptimisticLockException";

    private ConcurrentUpdate() {
        super(409, "concurrent-update", "Data sedang diubah", "Changed meanwhile",
                "Data ini diubah oleh permintaan lain pada saat yang sama; perubahan Anda belum disimpan. Muat ulang "
                        + "datanya lalu kirim lagi.",
                "Another request changed this record at the same moment; your change was not stored. Read the record "
                        + "again and resend.",
                List.of());
    }

    /** Runs a write; a lost race becomes a {@link ConcurrentUpdate}, anything else passes unchanged. */
    public static <T> T guard(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (!(e instanceof ApiException) && isLostRace(e)) {
                throw new ConcurrentUpdate();
            }
            throw e;
        }
    }

    /** Whether a failure means that a concurrent transaction won a race for the same rows. */
    static boolean isLostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // EclipseLink raises its own type at commit time, wrapped in a RollbackException
            if (t instanceof OptimisticLockException || t.getClass().getName().equals(ECLIPSELINK_OPTIMISTIC_LOCK)) {
                return true;
            }
            for (SQLException e = t instanceof SQLException s ? s : null; e != null; e = e.getNextException()) {
                if (RACE_STATES.contains(e.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
