package org.posyandu.core.internal.wilayah;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Derby's bulk import ({@code SYSCS_UTIL.SYSCS_IMPORT_DATA}) from a temporary file: one statement that fills the
 * empty table and builds its indexes at the end, instead of 91,599 logged row inserts. The procedure commits the
 * transaction it runs in on success and rolls all of it back on failure, so it never leaves part of the file.
 */
final class DerbyImport implements BulkWrite {
    private static final String IMPORT = "CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, 'WILAYAH', '"
            + WilayahRow.COLUMNS.replace(" ", "").toUpperCase() + "', NULL, ?, ',', '\"', 'UTF-8', 0)";

    @Override
    public void write(Connection c, List<WilayahRow> rows) throws SQLException {
        Path file = null;
        try {
            // java.io.tmpdir is ${karaf.data}/tmp in the distribution
            file = Files.createTempFile("wilayah-", ".csv");
            Files.writeString(file, BulkWrite.csv(rows), StandardCharsets.UTF_8);
            try (CallableStatement call = c.prepareCall(IMPORT)) {
                call.setString(1, file.toString());
                call.execute();
            }
        } catch (IOException e) {
            throw new SQLException("could not write the region import file: " + e.getMessage(), e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover file in the temp folder is harmless; the load's outcome matters more
        }
    }
}
