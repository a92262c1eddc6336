package org.posyandu.core.internal.wilayah;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Writes the region list into the empty {@code wilayah} table with the database's own bulk loader. */
interface BulkWrite {

    /**
     * Writes every row on the connection, whose auto-commit is off. May commit (Derby's import procedure
     * commits the transaction it runs in); it never leaves part of the rows behind.
     */
    void write(Connection c, List<WilayahRow> rows) throws SQLException;

    /** The bulk loader for a database product, as its JDBC driver names it. */
    static BulkWrite forDatabase(String productName) {
        return switch (productName) {
            case "Apache Derby" -> new DerbyImport();
            case "PostgreSQL" -> new PostgresCopy();
            default -> throw new IllegalStateException("no bulk loader for database " + productName);
        };
    }

    /** The rows as one CSV text in the column order of {@link WilayahRow#COLUMNS}. */
    static String csv(List<WilayahRow> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 80);
        for (WilayahRow row : rows) {
            row.appendCsv(out);
        }
        return out.toString();
    }
}
