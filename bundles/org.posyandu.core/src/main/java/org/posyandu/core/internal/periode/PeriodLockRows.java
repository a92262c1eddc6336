package org.posyandu.core.internal.periode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;

import org.posyandu.api.spm.PeriodeStatus;
import org.posyandu.core.internal.db.TxKeyLock;

/**
 * The lock of a Posyandu's month read inside a writing transaction, on its connection, held to its commit: a lock set
 * meanwhile either waits for the write to commit or is seen here and refuses it. Only the stored lock: the automatic
 * lock after the deadline follows the clock, not a concurrent change, and is judged by {@link PeriodLocksImpl} before.
 */
public final class PeriodLockRows {
    private PeriodLockRows() {
    }

    /** Whether the month is stored as locked, held until {@code c} commits. */
    public static boolean lockedHolding(Connection c, String posyanduId, YearMonth periode) throws SQLException {
        TxKeyLock.shared(c, TxKeyLock.PERIODE, posyanduId + "|" + periode);
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM periode_status WHERE posyandu_id = ? "
                + "AND periode = ?" + TxKeyLock.holdClause(c))) {
            ps.setString(1, posyanduId);
            ps.setString(2, periode.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && PeriodeStatus.DIKUNCI.jsonName().equals(rs.getString(1));
            }
        }
    }

    /** Taken by every change of a month's stored state, so it waits for the writes that checked it. */
    static void changing(Connection c, String posyanduId, YearMonth periode) throws SQLException {
        TxKeyLock.exclusive(c, TxKeyLock.PERIODE, posyanduId + "|" + periode);
    }
}
