package org.posyandu.spm.kesehatan.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.posyandu.api.security.Role;
import org.posyandu.api.spm.ModuleReport;
import org.posyandu.api.spm.ReportDescriptor;
import org.posyandu.api.spm.ReportOutput;
import org.posyandu.api.spm.ReportRequest;
import org.posyandu.spm.kesehatan.internal.ImunisasiReports.Child;
import org.posyandu.spm.kesehatan.internal.ImunisasiSchedule.Status;

/**
 * The kader's immunisation list for a Posyandu day: every child under two of the area with the doses due now
 * and overdue, the most overdue first ({@code GET /api/v1/spm/kesehatan/laporan/imunisasi-sasaran?posyandu=&bulan=}).
 * Names: personal data, audited.
 */
@Component(service = ModuleReport.class)
public final class ImunisasiSasaranReport implements ModuleReport {
    static final ReportDescriptor DESCRIPTOR = new ReportDescriptor(KesehatanModule.ID, "imunisasi-sasaran",
            "Sasaran imunisasi: dosis jatuh tempo dan terlambat per anak", "Immunisation due and overdue per child",
            ReportDescriptor.Target.WILAYAH, "laporan", Role.KADER, true, "application/json");

    @Override
    public ReportDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ReportOutput produce(ReportRequest request, Connection c) throws SQLException {
        LocalDate on = ImunisasiReports.judgedOn(request);
        List<Child> children = ImunisasiReports.children(request, c).stream().sorted(ImunisasiReports.MOST_OVERDUE)
                .toList();
        Map<String, Object> body = ImunisasiReports.header("imunisasi-sasaran", request);
        body.put("anak", children.stream().map(ch -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("wargaId", ch.id());
            row.put("nama", ch.nama());
            row.put("tanggalLahir", ch.lahir().toString());
            row.put("umurBulan", ChronoUnit.MONTHS.between(ch.lahir(), on));
            row.put("terlambat", ch.ids(Status.TERLAMBAT));
            row.put("jatuhTempo", ch.ids(Status.JATUH_TEMPO));
            row.put("diberikan", ch.ids(Status.DIBERIKAN));
            row.put("terlewat", ch.ids(Status.TERLEWAT));
            row.put("dasarLengkap", ch.dasarLengkap());
            return row;
        }).toList());
        return ReportOutput.json(body);
    }
}
