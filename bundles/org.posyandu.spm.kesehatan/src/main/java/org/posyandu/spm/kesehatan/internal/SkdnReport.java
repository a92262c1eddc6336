package org.posyandu.spm.kesehatan.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.posyandu.api.security.Role;
import org.posyandu.api.spm.ModuleReport;
import org.posyandu.api.spm.ReportArea;
import org.posyandu.api.spm.ReportDescriptor;
import org.posyandu.api.spm.ReportOutput;
import org.posyandu.api.spm.ReportRequest;

/**
 * SKDN and nutrition status per month for an area and each of its parts one level down
 * ({@code GET /api/v1/spm/kesehatan/laporan/skdn?wilayah=&bulan=}). Definitions (Kemenkes, Pedoman Umum
 * Pengelolaan Posyandu; Juknis SIP):
 * <ul>
 * <li>S: balita (0–59 months at the end of the month) registered at a Posyandu of the area;</li>
 * <li>K: of those, children recorded with a Buku KIA/KMS (form {@code kesehatan.balita});</li>
 * <li>D: balita weighed in the month (one weighing per child per month); D = N + T + O + B;</li>
 * <li>N / T: weighed last month too and gained at least / less than the KMS minimum; O: not weighed last
 * month; B: first weighing ever; 2T: T twice running (refer to the puskesmas);</li>
 * <li>stunting (TB/U &lt; −2 SD), wasting (BB/TB &lt; −2 SD) and underweight (BB/U &lt; −2 SD) among the children
 * measured for that indicator in the month (Permenkes 2/2020).</li>
 * </ul>
 * The totals are the sums of the parts, so a kecamatan adds up to its desa.
 */
@Component(service = ModuleReport.class)
public final class SkdnReport implements ModuleReport {
    static final ReportDescriptor DESCRIPTOR = new ReportDescriptor(KesehatanModule.ID, "skdn",
            "SKDN dan status gizi balita", "Child weighing coverage (SKDN) and nutrition status",
            ReportDescriptor.Target.WILAYAH, "laporan", Role.KADER, false, "application/json");

    private static final String WEIGHINGS = """
            SELECT k.posyandu_id, p.desa_kode, COUNT(*),
              SUM(CASE WHEN k.naik_berat_badan = 'N' THEN 1 ELSE 0 END),
              SUM(CASE WHEN k.naik_berat_badan = 'T' THEN 1 ELSE 0 END),
              SUM(CASE WHEN k.naik_berat_badan = 'O' THEN 1 ELSE 0 END),
              SUM(CASE WHEN k.naik_berat_badan = 'B' THEN 1 ELSE 0 END),
              SUM(CASE WHEN k.dua_t THEN 1 ELSE 0 END),
              SUM(CASE WHEN k.status_tb_u IS NULL THEN 0 ELSE 1 END),
              SUM(CASE WHEN k.status_tb_u IN ('pendek', 'sangat_pendek') THEN 1 ELSE 0 END),
              SUM(CASE WHEN k.status_bb_tb IS NULL THEN 0 ELSE 1 END),
              SUM(CASE WHEN k.status_bb_tb IN ('gizi_kurang', 'gizi_buruk') THEN 1 ELSE 0 END),
              SUM(CASE WHEN k.status_bb_u IS NULL THEN 0 ELSE 1 END),
              SUM(CASE WHEN k.status_bb_u IN ('kurang', 'sangat_kurang') THEN 1 ELSE 0 END)
            FROM posyandu p JOIN kes_penimbangan k ON k.posyandu_id = p.id
            WHERE k.periode = ? AND %s
            GROUP BY k.posyandu_id, p.desa_kode""";

    private static final String BALITA = """
            SELECT w.posyandu_id, p.desa_kode, COUNT(*)
            FROM posyandu p JOIN warga w ON w.posyandu_id = p.id
            WHERE w.tanggal_lahir > ? AND w.tanggal_lahir <= ? AND %s
            GROUP BY w.posyandu_id, p.desa_kode""";

    private static final String WITH_KIA = """
            SELECT w.posyandu_id, p.desa_kode, COUNT(DISTINCT w.id)
            FROM posyandu p JOIN warga w ON w.posyandu_id = p.id JOIN kes_balita b ON b.warga_id = w.id
            WHERE w.tanggal_lahir > ? AND w.tanggal_lahir <= ? AND b.punya_buku_kia = TRUE AND b.tanggal <= ? AND %s
            GROUP BY w.posyandu_id, p.desa_kode""";

    /** Counters in report order. */
    enum Count {
        S, K, D, N, T, O, B, DUA_T, DIUKUR_TB_U, STUNTING, DIUKUR_BB_TB, WASTING, DIUKUR_BB_U, UNDERWEIGHT
    }

    @Override
    public ReportDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ReportOutput produce(ReportRequest request, Connection c) throws SQLException {
        Map<String, long[]> byPart = new LinkedHashMap<>();
        for (ReportArea part : request.bagian()) {
            byPart.put(part.kode(), new long[Count.values().length]);
        }
        long[] unplaced = new long[Count.values().length];
        Date end = Date.valueOf(request.bulan().atEndOfMonth());
        Date born = Date.valueOf(request.bulan().atEndOfMonth().minusMonths(60));
        String area = request.areaCondition("p");
        try (PreparedStatement ps = c.prepareStatement(WEIGHINGS.formatted(area))) {
            ps.setString(1, request.bulan().toString());
            ps.setString(2, request.areaParameter());
            add(request, ps, byPart, unplaced, Count.D);
        }
        try (PreparedStatement ps = c.prepareStatement(BALITA.formatted(area))) {
            ps.setDate(1, born);
            ps.setDate(2, end);
            ps.setString(3, request.areaParameter());
            add(request, ps, byPart, unplaced, Count.S);
        }
        try (PreparedStatement ps = c.prepareStatement(WITH_KIA.formatted(area))) {
            ps.setDate(1, born);
            ps.setDate(2, end);
            ps.setDate(3, end);
            ps.setString(4, request.areaParameter());
            add(request, ps, byPart, unplaced, Count.K);
        }
        long[] total = unplaced.clone();
        List<Map<String, Object>> parts = new ArrayList<>();
        for (ReportArea part : request.bagian()) {
            long[] counts = byPart.get(part.kode());
            for (int i = 0; i < total.length; i++) {
                total[i] += counts[i];
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kode", part.kode());
            row.put("nama", part.nama());
            row.put("tingkat", part.tingkat());
            row.putAll(figures(counts));
            parts.add(row);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("laporan", "skdn");
        body.put("bulan", request.bulan().toString());
        body.put("wilayah", Map.of("kode", request.area().kode(), "nama", String.valueOf(request.area().nama()),
                "tingkat", request.area().tingkat()));
        body.putAll(figures(total));
        body.put("bagian", parts);
        return ReportOutput.json(body);
    }

    /** Adds the rows of one query (posyandu id, desa code, counters from {@code first} on) to their parts. */
    private static void add(ReportRequest request, PreparedStatement ps, Map<String, long[]> byPart, long[] unplaced,
            Count first) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                long[] target = request.bagianOf(rs.getString(1), rs.getString(2))
                        .map(part -> byPart.get(part.kode())).orElse(unplaced);
                for (int col = 3; col <= columns; col++) {
                    target[first.ordinal() + col - 3] += rs.getLong(col);
                }
            }
        }
    }

    /** The counters with their ratios and prevalences (percent, one decimal; {@code null} when nothing to divide by). */
    static Map<String, Object> figures(long[] c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("S", c[Count.S.ordinal()]);
        out.put("K", c[Count.K.ordinal()]);
        out.put("D", c[Count.D.ordinal()]);
        out.put("N", c[Count.N.ordinal()]);
        out.put("T", c[Count.T.ordinal()]);
        out.put("2T", c[Count.DUA_T.ordinal()]);
        out.put("O", c[Count.O.ordinal()]);
        out.put("B", c[Count.B.ordinal()]);
        Map<String, Object> ratios = new LinkedHashMap<>();
        ratios.put("K/S", percent(c[Count.K.ordinal()], c[Count.S.ordinal()]));
        ratios.put("D/S", percent(c[Count.D.ordinal()], c[Count.S.ordinal()]));
        ratios.put("N/D", percent(c[Count.N.ordinal()], c[Count.D.ordinal()]));
        ratios.put("N/S", percent(c[Count.N.ordinal()], c[Count.S.ordinal()]));
        out.put("rasio", ratios);
        Map<String, Object> gizi = new LinkedHashMap<>();
        gizi.put("stunting", prevalence(c[Count.STUNTING.ordinal()], c[Count.DIUKUR_TB_U.ordinal()]));
        gizi.put("wasting", prevalence(c[Count.WASTING.ordinal()], c[Count.DIUKUR_BB_TB.ordinal()]));
        gizi.put("underweight", prevalence(c[Count.UNDERWEIGHT.ordinal()], c[Count.DIUKUR_BB_U.ordinal()]));
        out.put("gizi", gizi);
        return out;
    }

    private static Map<String, Object> prevalence(long cases, long measured) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kasus", cases);
        p.put("diukur", measured);
        p.put("persen", percent(cases, measured));
        return p;
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
