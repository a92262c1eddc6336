package org.posyandu.core.internal.db;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.posyandu.api.health.HealthCheck;
import org.posyandu.api.health.HealthStatus;

/** Reports whether the database answers and the schema is ready (or how far its preparation is). */
@Component(service = HealthCheck.class)
public final class DatabaseHealthCheck implements HealthCheck {
    private final DataSource dataSource;
    private final SchemaBootstrap bootstrap;
    private volatile CoreSchema schema;

    @Activate
    public DatabaseHealthCheck(@Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource,
            @Reference SchemaBootstrap bootstrap) {
        this.dataSource = dataSource;
        this.bootstrap = bootstrap;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setSchema(CoreSchema schema) {
        this.schema = schema;
    }

    void unsetSchema(CoreSchema schema) {
        this.schema = null;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthStatus check() {
        CoreSchema ready = schema;
        if (ready == null) {
            return HealthStatus.down("schema " + bootstrap.state());
        }
        try (Connection c = dataSource.getConnection()) {
            if (!c.isValid(2)) {
                return HealthStatus.down("connection not valid");
            }
            String product = c.getMetaData().getDatabaseProductName();
            return HealthStatus.up(Map.of("product", product, "wilayah", ready.wilayahCount()));
        } catch (Exception e) {
            return HealthStatus.down(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
