package org.posyandu.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the change log ({@link PosyanduChanges}) about one row per Posyandu: once a minute, the rows of every
 * Posyandu with more than one are replaced by one row carrying their sum, in a transaction per Posyandu, so each
 * Posyandu's version is the same before and after. Writers only insert, so they never wait for this job beyond a row
 * they are inserting; two nodes folding the same Posyandu at once are safe: the one that deletes fewer or more rows
 * than it summed rolls back and leaves the rows to the other.
 */
@Component(service = PosyanduChangeCompaction.class, immediate = true)
public final class PosyanduChangeCompaction {
    static final long PERIOD_SECONDS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(PosyanduChangeCompaction.class);

    private final DataSource dataSource;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "posyandu-change-compaction");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public PosyanduChangeCompaction(@Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource,
            @Reference CoreSchema schema) {
        this.dataSource = dataSource;
        timer.scheduleWithFixedDelay(this::runQuietly, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    /** No new pass; one under way finishes (not interrupted: an interrupt inside Derby's I/O closes its connection). */
    @Deactivate
    void deactivate() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void runQuietly() {
        try {
            int folded = compactAll(dataSource);
            LOG.debug("change log: rows of {} Posyandu folded", folded);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("change log not compacted this time: {}", e.toString());
        }
    }

    /** Folds the rows of every Posyandu that has more than one; returns how many Posyandu were folded. */
    public static int compactAll(DataSource dataSource) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT posyandu_id FROM posyandu_perubahan GROUP BY posyandu_id HAVING COUNT(*) > 1");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        int folded = 0;
        for (String id : ids) {
            try (Connection c = dataSource.getConnection()) {
                folded += compact(c, id) ? 1 : 0;
            }
        }
        return folded;
    }

    /** Folds one Posyandu's rows into one on {@code c}, in a transaction of its own; false if it left them. */
    static boolean compact(Connection c, String posyanduId) throws SQLException {
        c.setAutoCommit(false);
        try {
            long rows;
            long sum;
            long last;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), SUM(jumlah), MAX(id)"
                    + " FROM posyandu_perubahan WHERE posyandu_id = ?")) {
                ps.setString(1, posyanduId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    rows = rs.getLong(1);
                    sum = rs.getLong(2);
                    last = rs.getLong(3);
                }
            }
            if (rows < 2) {
                c.rollback();
                return false;
            }
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM posyandu_perubahan WHERE posyandu_id = ? AND id <= ?")) {
                delete.setString(1, posyanduId);
                delete.setLong(2, last);
                if (delete.executeUpdate() != rows) {
                    // another node folded them, or a write with a lower id committed meanwhile: the sum read is not
                    // the sum of what was deleted
                    c.rollback();
                    return false;
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO posyandu_perubahan (posyandu_id, jumlah) VALUES (?, ?)")) {
                insert.setString(1, posyanduId);
                insert.setLong(2, sum);
                insert.executeUpdate();
            }
            c.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
