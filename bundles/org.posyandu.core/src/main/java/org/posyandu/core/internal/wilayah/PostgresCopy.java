package org.posyandu.core.internal.wilayah;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL's {@code COPY … FROM STDIN} through pgjdbc's {@code CopyManager}: one round trip for the whole list,
 * inside the caller's transaction. Loaded only when the database is PostgreSQL, so the core needs the driver's
 * packages only then (an optional import).
 */
final class PostgresCopy implements BulkWrite {
    private static final String COPY = "COPY wilayah (" + WilayahRow.COLUMNS + ") FROM STDIN (FORMAT csv)";

    @Override
    public void write(Connection c, List<WilayahRow> rows) throws SQLException {
        try {
            // the pool hands out a proxy; unwrap reaches the driver's connection
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long copied = copy.copyIn(COPY, new StringReader(BulkWrite.csv(rows)));
            if (copied != rows.size()) {
                throw new SQLException("region COPY stored " + copied + " rows of " + rows.size());
            }
        } catch (IOException e) {
            throw new SQLException("region COPY failed: " + e.getMessage(), e);
        }
    }
}
