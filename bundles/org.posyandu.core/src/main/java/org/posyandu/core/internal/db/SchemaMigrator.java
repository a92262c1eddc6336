package org.posyandu.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Applies versioned SQL migrations, each in its own transaction, and records them in
 * {@code schema_history} per owner (a bundle owns its tables and its migrations). Never drops and recreates:
 * an applied script whose text changed is refused, so a schema cannot silently drift from its history.
 */
public final class SchemaMigrator {
    static final String HISTORY_TABLE = "SCHEMA_HISTORY";
    /** Derby: table, schema does not exist; PostgreSQL: undefined table, invalid schema name. */
    private static final Set<String> MISSING_TABLE_OR_SCHEMA = Set.of("42X05", "42Y07", "42P01", "3F000");

    private final DataSource dataSource;

    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Applies the owner's pending migrations in version order; returns how many were applied. Holds
     * {@link ClusterLock#MIGRATIONS} meanwhile, so nodes starting together on one database migrate one at a time
     * (the later ones find the work done).
     */
    public int migrate(String owner, List<Migration> migrations) throws SQLException {
        return ClusterLock.holding(dataSource, ClusterLock.MIGRATIONS, () -> migrateNow(owner, migrations));
    }

    private int migrateNow(String owner, List<Migration> migrations) throws SQLException {
        List<Migration> ordered = new ArrayList<>(migrations);
        ordered.sort(Comparator.comparingInt(Migration::version));
        try (Connection c = dataSource.getConnection()) {
            ensureHistoryTable(c);
            Map<Integer, String> applied = appliedChecksums(c, owner);
            int count = 0;
            for (Migration m : ordered) {
                String checksum = m.checksum();
                String known = applied.get(m.version());
                if (known != null) {
                    if (!known.equals(checksum)) {
                        throw new IllegalStateException("migration " + owner + " V" + m.version()
                                + " was changed after it was applied; add a new migration instead");
                    }
                    continue;
                }
                apply(c, owner, m, checksum);
                count++;
            }
            return count;
        }
    }

    private static void apply(Connection c, String owner, Migration m, String checksum) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : m.statements()) {
                s.execute(sql);
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + HISTORY_TABLE
                    + " (owner, version, description, checksum, applied_at) VALUES (?, ?, ?, ?, ?)")) {
                p.setString(1, owner);
                p.setInt(2, m.version());
                p.setString(3, m.description());
                p.setString(4, checksum);
                p.setTimestamp(5, Timestamp.from(Instant.now()));
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw new SQLException("migration " + owner + " V" + m.version() + " failed: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static Map<Integer, String> appliedChecksums(Connection c, String owner) throws SQLException {
        Map<Integer, String> result = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT version, checksum FROM " + HISTORY_TABLE + " WHERE owner = ?")) {
            p.setString(1, owner);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return result;
    }

    private static void ensureHistoryTable(Connection c) throws SQLException {
        if (historyTableExists(c)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + HISTORY_TABLE + " (owner VARCHAR(100) NOT NULL, version INT NOT NULL,"
                    + " description VARCHAR(200) NOT NULL, checksum CHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL,"
                    + " PRIMARY KEY (owner, version))");
        } catch (SQLException e) {
            // another bundle may have created it at the same moment
            if (!"X0Y32".equals(e.getSQLState()) && !"42P07".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /**
     * Asks the table itself, in the connection's own schema only (another schema of the same database may have its
     * own history). Not through {@code DatabaseMetaData.getTables}: Derby compiles a large catalogue query for it,
     * about 0.4 s of every start. The connection is in auto-commit, so a failed probe spoils no transaction.
     */
    private static boolean historyTableExists(Connection c) throws SQLException {
        String schema = c.getSchema();
        String table = schema == null ? HISTORY_TABLE : '"' + schema.replace("\"", "\"\"") + "\"." + HISTORY_TABLE;
        try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            if (MISSING_TABLE_OR_SCHEMA.contains(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }
}
