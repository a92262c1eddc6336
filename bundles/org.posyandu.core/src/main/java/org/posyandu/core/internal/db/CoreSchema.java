package org.posyandu.core.internal.db;

/**
 * Marker service: the core's tables are migrated and the region list is loaded. {@link SchemaBootstrap}
 * registers it when that work is done; every core service references it, so none of them activates on a
 * schema that is not ready.
 */
public final class CoreSchema {
    private final int wilayahCount;

    CoreSchema(int wilayahCount) {
        this.wilayahCount = wilayahCount;
    }

    /** Number of regions in the loaded data set. */
    public int wilayahCount() {
        return wilayahCount;
    }
}
