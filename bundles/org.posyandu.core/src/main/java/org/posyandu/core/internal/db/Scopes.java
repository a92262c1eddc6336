package org.posyandu.core.internal.db;

import java.util.Map;

import org.posyandu.api.error.ForbiddenException;
import org.posyandu.api.security.Scope;

/**
 * The one place that turns a caller's {@link Scope} into checks and query conditions. Objects belong to the
 * desa of their Posyandu.
 */
public final class Scopes {
    private Scopes() {
    }

    /** A 403 naming {@code field} unless the desa (or any wilayah) {@code kode} lies inside the scope. */
    public static void requireWilayah(Scope scope, String field, String kode) {
        if (!scope.coversWilayah(kode)) {
            throw ForbiddenException.outsideScope(field, kode);
        }
    }

    /**
     * A JPQL condition (starting with {@code " AND"}, or empty) restricting rows to the scope, given the paths
     * of the row's Posyandu id and the desa code that places it; adds its parameters to {@code params}.
     */
    public static String condition(Scope scope, String posyanduIdPath, String desaPath, Map<String, Object> params) {
        if (scope.isAll()) {
            return "";
        }
        if (scope.wilayah() != null) {
            params.put("scopeKode", scope.wilayah());
            params.put("scopeUnder", scope.wilayah() + ".%");
            return " AND (" + desaPath + " = :scopeKode OR " + desaPath + " LIKE :scopeUnder)";
        }
        if (scope.posyanduIds().isEmpty()) {
            return " AND 1 = 0";
        }
        params.put("scopeIds", scope.posyanduIds());
        return " AND " + posyanduIdPath + " IN :scopeIds";
    }
}
