package org.posyandu.core.internal.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** A fresh in-memory Derby database per test: the real engine the platform ships, not a mock. */
public final class TestDatabase {
    private TestDatabase() {
    }

    public static DataSource fresh() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:test-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        return ds;
    }

    /** The same in-memory database as another user (whose default schema Derby names after the user). */
    public static DataSource as(DataSource db, String user) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(((EmbeddedDataSource) db).getDatabaseName());
        ds.setUser(user);
        return ds;
    }

    /** The core's migration scripts as the bundle ships them. */
    public static List<Migration> coreMigrations() throws IOException {
        List<Migration> result = new ArrayList<>();
        try (var files = Files.list(Path.of("src/main/resources/db/migration/core"))) {
            for (Path p : files.sorted().toList()) {
                result.add(Migration.of(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return result;
    }
}
