package org.posyandu.spm.kesehatan.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.posyandu.api.security.Role;
import org.posyandu.api.spm.ModuleReport;
import org.posyandu.api.spm.ReportArea;
import org.posyandu.api.spm.ReportDescriptor;
import org.posyandu.api.spm.ReportOutput;
import org.posyandu.api.spm.ReportRequest;
import org.posyandu.spm.kesehatan.internal.ImunisasiReports.Child;

/**
 * Immunisation per area and month against the national schedule: children under two, how many have a dose due
 * or overdue, complete basic immunisation among those aged 12–23 months, and the doses given in the month, for
 * the area and each part ({@code GET /api/v1/spm/kesehatan/laporan/imunisasi?wilayah=&bulan=}). No names: the
 * per-child list is {@link ImunisasiSasaranReport}.
 */
@Component(service = ModuleReport.class)
public final class ImunisasiReport implements ModuleReport {
    static final ReportDescriptor DESCRIPTOR = new ReportDescriptor(KesehatanModule.ID, "imunisasi",
            "Imunisasi menurut jadwal nasional", "Immunisation against the national schedule",
            ReportDescriptor.Target.WILAYAH, "laporan", Role.KADER, false, "application/json");

    @Override
    public ReportDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ReportOutput produce(ReportRequest request, Connection c) throws SQLException {
        LocalDate on = ImunisasiReports.judgedOn(request);
        List<Child> children = ImunisasiReports.children(request, c);
        Map<String, Map<String, Long>> given = ImunisasiReports.givenInMonth(request, c);
        Map<String, Long> allGiven = new java.util.TreeMap<>();
        given.values().forEach(m -> m.forEach((dose, n) -> allGiven.merge(dose, n, Long::sum)));
        Map<String, Object> body = ImunisasiReports.header("imunisasi", request);
        body.putAll(ImunisasiReports.figures(children, allGiven, on));
        List<Map<String, Object>> parts = new ArrayList<>();
        for (ReportArea part : request.bagian()) {
            Map<String, Object> row = ReportJson.part(part);
            row.putAll(ImunisasiReports.figures(children.stream()
                    .filter(ch -> part.holds(ch.posyanduId(), ch.desaKode())).toList(), given.get(part.kode()), on));
            parts.add(row);
        }
        body.put("bagian", parts);
        return ReportOutput.json(body);
    }
}
