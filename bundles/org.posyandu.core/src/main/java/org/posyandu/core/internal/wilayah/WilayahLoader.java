package org.posyandu.core.internal.wilayah;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

/**
 * Loads the bundled Kemendagri region list into the {@code wilayah} table once, with the database's bulk loader
 * ({@link BulkWrite}), and records the data set's id in {@code wilayah_dataset} after it. Regions without that
 * record are a load that did not finish (Derby's import commits on its own, so a crash can fall between the rows
 * and the record): they are removed before the next attempt, so a restart or a crash half-way never leaves a
 * partial or doubled list.
 */
public final class WilayahLoader {
    /** Id of the bundled data set; a newer decree gets a new id (and a migration that replaces the rows). */
    public static final String DATASET = "kemendagri-300.2.2-2138-2025+2430-2025";

    /** Regions no data set record vouches for: only ever the rows of an unfinished first load. */
    private static final String DELETE_UNFINISHED =
            "DELETE FROM wilayah WHERE NOT EXISTS (SELECT 1 FROM wilayah_dataset)";

    private final DataSource dataSource;
    private final ClassLoader resources;
    private final Function<String, BulkWrite> writers;

    public WilayahLoader(DataSource dataSource, ClassLoader resources) {
        this(dataSource, resources, BulkWrite::forDatabase);
    }

    /** With the bulk loader chosen by {@code writers} from the database product name (tests inject failures). */
    WilayahLoader(DataSource dataSource, ClassLoader resources, Function<String, BulkWrite> writers) {
        this.dataSource = dataSource;
        this.resources = resources;
        this.writers = writers;
    }

    /** Loads the data set unless it is already there; returns the number of rows loaded (0 if none). */
    public int loadIfMissing() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (loadedCount(c).isPresent()) {
                return 0;
            }
            // parse and check the files before touching the database
            List<WilayahRow> rows = WilayahFiles.read(resources);
            BulkWrite writer = writers.apply(c.getMetaData().getDatabaseProductName());
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                return load(c, writer, rows);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                removeUnfinished(c, e);
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static int load(Connection c, BulkWrite writer, List<WilayahRow> rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            // several nodes on one PostgreSQL database may start together: one loads, the others wait and find
            // its record (Derby is opened by one process only; its import commit ends the lock early, harmlessly)
            s.execute("LOCK TABLE wilayah_dataset IN EXCLUSIVE MODE");
            if (loadedCount(c).isPresent()) {
                c.commit();
                return 0;
            }
            s.executeUpdate(DELETE_UNFINISHED);
        }
        writer.write(c, rows);
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO wilayah_dataset (dataset, jumlah, dimuat_pada) VALUES (?, ?, ?)")) {
            p.setString(1, DATASET);
            p.setInt(2, rows.size());
            p.setTimestamp(3, Timestamp.from(Instant.now()));
            p.executeUpdate();
        }
        c.commit();
        return rows.size();
    }

    /** After a failure: rows a self-committing bulk loader already stored go too (the next start loads again). */
    private static void removeUnfinished(Connection c, Exception failure) {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(DELETE_UNFINISHED);
            c.commit();
        } catch (SQLException e) {
            // the next start removes them before it loads
            failure.addSuppressed(e);
        }
    }

    /** The row count recorded for the bundled data set, if it was loaded. */
    public Optional<Integer> loadedCount() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return loadedCount(c);
        }
    }

    private static Optional<Integer> loadedCount(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT jumlah FROM wilayah_dataset WHERE dataset = ?")) {
            p.setString(1, DATASET);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        }
    }
}
