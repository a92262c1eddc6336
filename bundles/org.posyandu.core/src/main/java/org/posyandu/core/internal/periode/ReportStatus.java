package org.posyandu.core.internal.periode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.spm.PeriodeStatus;
import org.posyandu.api.spm.ReportArea;
import org.posyandu.api.spm.ReportOutput;
import org.posyandu.api.spm.ReportRequest;

/**
 * Says in every JSON area report how far its figures are verified: {@code verifikasi} (Posyandu per status) for
 * the whole area and for each row of {@code bagian}; where the area or row is one Posyandu, also its
 * {@code status}. The modules need not know: the core adds it to what a report produced. Other media types (CSV
 * exports) are left as they are.
 */
@Component(service = ReportStatus.class)
public final class ReportStatus {
    private final DataSource dataSource;
    private final PeriodeStore store;

    @Activate
    public ReportStatus(@Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource,
            @Reference PeriodeStore store) {
        this.dataSource = dataSource;
        this.store = store;
    }

    private record Placed(String posyanduId, String desaKode, String status) {
    }

    /** The output with the verification status added, or as it was when it is not a JSON object. */
    @SuppressWarnings("unchecked")
    public ReportOutput annotate(ReportOutput out, ReportRequest request) {
        if (!"application/json".equals(out.mediaType()) || !(out.body() instanceof Map<?, ?> map)
                || request.area() == null) {
            return out;
        }
        List<Placed> all = statuses(request);
        Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) map);
        body.put("verifikasi", summary(all, request.area()));
        if (body.get("bagian") instanceof List<?> rows) {
            List<Object> annotated = new ArrayList<>();
            for (Object row : rows) {
                Optional<ReportArea> part = row instanceof Map<?, ?> r ? request.bagian().stream()
                        .filter(b -> b.kode().equals(r.get("kode"))).findFirst() : Optional.empty();
                if (part.isPresent()) {
                    Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) row);
                    copy.put("verifikasi", summary(all, part.get()));
                    annotated.add(copy);
                } else {
                    annotated.add(row);
                }
            }
            body.put("bagian", annotated);
        }
        return new ReportOutput(out.mediaType(), body, out.filename());
    }

    private static Map<String, Object> summary(List<Placed> all, ReportArea area) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (PeriodeStatus s : PeriodeStatus.values()) {
            counts.put(s.jsonName(), 0);
        }
        String single = null;
        for (Placed p : all) {
            if (area.holds(p.posyanduId(), p.desaKode())) {
                counts.merge(p.status(), 1, (a, b) -> (Integer) a + (Integer) b);
                single = p.status();
            }
        }
        if (area.isPosyandu()) {
            counts.put("status", single);
        }
        return counts;
    }

    private List<Placed> statuses(ReportRequest request) {
        List<String[]> placed = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT p.id, p.desa_kode FROM posyandu p WHERE "
                        + request.areaCondition("p"))) {
            ps.setString(1, request.areaParameter());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    placed.add(new String[] { rs.getString(1), rs.getString(2) });
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        ReportArea area = request.area();
        Map<String, PeriodeStore.Row> rows = area.isPosyandu()
                ? store.row(area.kode(), request.bulan()).map(r -> Map.of(area.kode(), r)).orElse(Map.of())
                : store.rows(area.kode(), request.bulan());
        return placed.stream().map(p -> new Placed(p[0], p[1], store.state(p[0], p[1], request.bulan(),
                Optional.ofNullable(rows.get(p[0]))).status())).toList();
    }
}
