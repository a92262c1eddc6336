package org.posyandu.core.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;

import javax.persistence.OptimisticLockException;
import javax.persistence.RollbackException;

import org.junit.jupiter.api.Test;
import org.posyandu.api.error.ApiException;
import org.posyandu.api.error.NotFoundException;

/** A write that lost a race is a 409 the client can resend; every other failure passes unchanged. */
class ConcurrentUpdateTest {

    @Test
    void anOptimisticLockFailureAnywhereInTheChainIsA409() {
        for (RuntimeException lost : new RuntimeException[] { new OptimisticLockException("row changed"),
                new RollbackException(new OptimisticLockException()),
                new RuntimeException("Exception occured in transactional code", new OptimisticLockException()) }) {
            ApiException e = assertThrows(ApiException.class, () -> ConcurrentUpdate.guard(() -> {
                throw lost;
            }));
            assertEquals(409, e.status());
            assertEquals("concurrent-update", e.type());
        }
    }

    @Test
    void aDeadlockOrLockTimeoutIsTheSameRace() {
        for (String state : new String[] { "40001", "40XL1", "40P01" }) {
            RuntimeException lost = new RuntimeException(new SQLException("lock", state));
            assertEquals(409, assertThrows(ApiException.class, () -> ConcurrentUpdate.guard(() -> {
                throw lost;
            })).status());
        }
    }

    @Test
    void otherFailuresPassUnchanged() {
        RuntimeException duplicate = new RuntimeException(new SQLException("duplicate", "23505"));
        assertSame(duplicate, assertThrows(RuntimeException.class, () -> ConcurrentUpdate.guard(() -> {
            throw duplicate;
        })));
        NotFoundException missing = new NotFoundException("Posyandu", "Posyandu", "x");
        assertSame(missing, assertThrows(NotFoundException.class, () -> ConcurrentUpdate.guard(() -> {
            throw missing;
        })));
        assertEquals("ok", ConcurrentUpdate.guard(() -> "ok"));
    }
}
