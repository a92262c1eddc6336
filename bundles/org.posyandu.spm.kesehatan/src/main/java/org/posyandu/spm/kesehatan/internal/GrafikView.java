package org.posyandu.spm.kesehatan.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.posyandu.anthro.GrowthChart;
import org.posyandu.anthro.Sex;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ValidationException;
import org.posyandu.api.security.Role;
import org.posyandu.api.spm.ModuleReport;
import org.posyandu.api.spm.ReportDescriptor;
import org.posyandu.api.spm.ReportOutput;
import org.posyandu.api.spm.ReportRequest;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.Warga;

/**
 * A child's growth chart as SVG, like the KMS in the Buku KIA: the WHO 2006 bands and every weighing recorded
 * ({@code GET /api/v1/spm/kesehatan/anak/{id}/grafik?indikator=bb-u|tb-u}).
 */
@Component(service = ModuleReport.class)
public final class GrafikView implements ModuleReport {
    static final ReportDescriptor DESCRIPTOR = new ReportDescriptor(KesehatanModule.ID, "grafik",
            "Grafik pertumbuhan anak (KMS)", "Child growth chart", ReportDescriptor.Target.WARGA, "anak", Role.KADER,
            true, "image/svg+xml");

    @Override
    public ReportDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ReportOutput produce(ReportRequest request, Connection c) throws SQLException {
        String indikator = request.parameters().getOrDefault("indikator", "bb-u");
        GrowthChart.Indicator indicator = switch (indikator) {
            case "bb-u" -> GrowthChart.Indicator.WEIGHT_FOR_AGE;
            case "tb-u" -> GrowthChart.Indicator.LENGTH_HEIGHT_FOR_AGE;
            default -> throw ValidationException.of(new FieldError("indikator", "enum",
                    "Indikator 'bb-u' (berat menurut umur) atau 'tb-u' (panjang/tinggi menurut umur).",
                    "Indicator 'bb-u' (weight-for-age) or 'tb-u' (length/height-for-age)."));
        };
        Warga child = request.warga();
        String column = indicator == GrowthChart.Indicator.WEIGHT_FOR_AGE ? "berat_kg" : "panjang_tinggi_cm";
        List<GrowthChart.Point> points = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT tanggal, " + column + " FROM kes_penimbangan"
                + " WHERE warga_id = ? AND " + column + " IS NOT NULL ORDER BY tanggal")) {
            ps.setString(1, child.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    points.add(new GrowthChart.Point(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2).doubleValue()));
                }
            }
        }
        if (points.isEmpty()) {
            // the WHO charts end at 5 years: someone never weighed here and past balita age has no chart to show
            List<FieldError> outside = KesehatanSasaran.BALITA.check(DESCRIPTOR.judul(), child.tanggalLahir(),
                    child.jenisKelamin(), null, request.today());
            if (!outside.isEmpty()) {
                throw new ValidationException(outside);
            }
        }
        boolean boy = child.jenisKelamin() == JenisKelamin.L;
        String title = (indicator == GrowthChart.Indicator.WEIGHT_FOR_AGE ? "Berat badan menurut umur (BB/U)"
                : "Panjang/tinggi badan menurut umur (PB/U, TB/U)") + " — " + child.nama();
        String subtitle = (boy ? "Laki-laki" : "Perempuan") + ", lahir " + child.tanggalLahir() + " · " + points.size()
                + " pengukuran · standar WHO 2006";
        return new ReportOutput("image/svg+xml",
                GrowthChart.svg(boy ? Sex.MALE : Sex.FEMALE, child.tanggalLahir(), indicator, points, title, subtitle), null);
    }
}
