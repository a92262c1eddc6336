package org.posyandu.api.spm;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A report or picture a module computes from its own tables, served by the core so that modules need no JAX-RS
 * code of their own:
 * <ul>
 * <li>{@link ReportDescriptor.Target#WILAYAH}: {@code GET /api/v1/spm/{module}/laporan/{id}?wilayah={kode}&bulan=YYYY-MM}
 * (or {@code posyandu={id}} instead of {@code wilayah}) — an aggregate for an area and month, with one row per
 * part one level down;</li>
 * <li>{@link ReportDescriptor.Target#WARGA}: {@code GET /api/v1/spm/{module}/{subjek}/{wargaId}/{id}} — a view of
 * one resident, e.g. a growth chart.</li>
 * </ul>
 * Before calling {@link #produce} the core has checked the caller's role and scope, that the module is serving
 * (and enabled, for areas inside one kabupaten), resolved the area or the resident, and recorded the access in
 * the audit log. The connection is read-only and closed by the core; queries select rows of the module's own
 * tables joined to {@code posyandu} with {@link ReportRequest#areaCondition(String)}.
 */
@ConsumerType
public interface ModuleReport {

    ReportDescriptor descriptor();

    ReportOutput produce(ReportRequest request, Connection connection) throws SQLException;
}
