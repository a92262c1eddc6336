package org.posyandu.core.internal.db;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.health.HealthCheck;
import org.posyandu.api.health.HealthStatus;

/** Reports whether the database answers and the region list is loaded. */
@Component(service = HealthCheck.class)
public final class DatabaseHealthCheck implements HealthCheck {
    private final DataSource dataSource;
    private final CoreSchema schema;

    @Activate
    public DatabaseHealthCheck(@Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource,
            @Reference CoreSchema schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthStatus check() {
        try (Connection c = dataSource.getConnection()) {
            if (!c.isValid(2)) {
                return HealthStatus.down("connection not valid");
            }
            String product = c.getMetaData().getDatabaseProductName();
            return HealthStatus.up(Map.of("product", product, "wilayah", schema.wilayahCount()));
        } catch (Exception e) {
            return HealthStatus.down(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
