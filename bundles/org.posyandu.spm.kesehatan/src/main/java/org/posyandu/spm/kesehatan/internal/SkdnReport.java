package org.posyandu.spm.kesehatan.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.security.Role;
import org.posyandu.api.spm.ModuleReport;
import org.posyandu.api.spm.ReportArea;
import org.posyandu.api.spm.ReportDescriptor;
import org.posyandu.api.spm.ReportOutput;
import org.posyandu.api.spm.ReportRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SKDN and nutrition status per month for an area and each of its parts one level down
 * ({@code GET /api/v1/spm/kesehatan/laporan/skdn?wilayah=&bulan=}). Definitions (Kemenkes, Pedoman Umum
 * Pengelolaan Posyandu; Juknis SIP):
 * <ul>
 * <li>S: balita (0–59 months at the end of the month) served at a Posyandu of the area in the month. Life events
 * count: a child is counted in the months it was present, up to and including the month it died or moved away; a
 * child that moved to another Posyandu is counted at the Posyandu it left up to and including the month of the move,
 * and at the one it joined from the month after (never twice in a month, never lost in one);</li>
 * <li>K: of those, children recorded with a Buku KIA/KMS (form {@code kesehatan.balita});</li>
 * <li>D: balita weighed in the month (one weighing per child per month); D = N + T + O + B;</li>
 * <li>N / T: weighed last month too and gained at least / less than the KMS minimum; O: not weighed last
 * month; B: first weighing ever; 2T: T twice running (refer to the puskesmas);</li>
 * <li>stunting (TB/U &lt; −2 SD), wasting (BB/TB &lt; −2 SD) and underweight (BB/U &lt; −2 SD) among the children
 * measured for that indicator in the month (Permenkes 2/2020).</li>
 * </ul>
 * The totals are the sums of the parts, so a kecamatan adds up to its desa.
 * <p>
 * The figures are counted per Posyandu and kept in {@code kes_skdn_bulanan} with the Posyandu's change counter
 * (the sum of its rows in {@code posyandu_perubahan}, which the core appends to with every write that touches the
 * Posyandu, docs/extension-guide.md). A call adds up the
 * kept figures and counts again only the Posyandu whose counter moved since: a kabupaten of 1,000 Posyandu is summed
 * from 1,000 rows instead of 100,000 balita and their weighings (docs/benchmarks.md, SKDN).
 */
@Component(service = ModuleReport.class)
public final class SkdnReport implements ModuleReport {
    static final ReportDescriptor DESCRIPTOR = new ReportDescriptor(KesehatanModule.ID, "skdn",
            "SKDN dan status gizi balita", "Child weighing coverage (SKDN) and nutrition status",
            ReportDescriptor.Target.WILAYAH, "laporan", Role.KADER, false, "application/json");

    private static final Logger LOG = LoggerFactory.getLogger(SkdnReport.class);

    /** The version of the counting rules below: raise it when they change, and every kept month is counted again. */
    static final int RUMUS_VERSI = 2; // 2: S and K follow deaths and moves (life events)

    /**
     * Up to this many Posyandu to count are counted one by one (a few milliseconds each); more, or none of the area
     * kept yet, and the whole area is counted in one go (about half a second for a kabupaten of 100,000 balita).
     */
    static final int ONE_BY_ONE = 40;

    /** Every Posyandu of the area with its change counter and its kept figures for the month, if any. */
    private static final String KEPT = """
            SELECT p.id, p.desa_kode,
              (SELECT COALESCE(SUM(v.jumlah), 0) FROM posyandu_perubahan v WHERE v.posyandu_id = p.id),
              c.data_versi, c.rumus_versi,
              c.s, c.k, c.d, c.n, c.t, c.o, c.b, c.dua_t, c.diukur_tb_u, c.stunting, c.diukur_bb_tb, c.wasting,
              c.diukur_bb_u, c.underweight
            FROM posyandu p LEFT OUTER JOIN kes_skdn_bulanan c ON c.posyandu_id = p.id AND c.bulan = ?
            WHERE %s""";

    private static final String WEIGHINGS = """
            SELECT k.posyandu_id, COUNT(*),
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
            FROM %s
            WHERE k.periode = ? AND %s
            GROUP BY k.posyandu_id""";

    /** Present in the month: not gone before it began, not arrived from another Posyandu during or after it. */
    private static final String PRESENT = " AND (w.keluar_tanggal IS NULL OR w.keluar_tanggal >= ?)"
            + " AND (w.masuk_tanggal IS NULL OR w.masuk_tanggal < ?)";

    private static final String BALITA = """
            SELECT w.posyandu_id, COUNT(*)
            FROM %s
            WHERE w.tanggal_lahir > ? AND w.tanggal_lahir <= ?""" + PRESENT + """
              AND %s
            GROUP BY w.posyandu_id""";

    /**
     * Balita who moved on to another Posyandu during or after the month, counted at the Posyandu they left if they
     * were there when the month began (the {@code %s} after the birth window is the Buku KIA condition for K).
     */
    private static final String MOVED_ON = """
            SELECT e.posyandu_asal, COUNT(*)
            FROM %s
            WHERE e.jenis = 'pindah' AND e.posyandu_tujuan IS NOT NULL AND e.dibatalkan IS NULL
              AND e.tanggal >= ? AND (e.asal_sejak IS NULL OR e.asal_sejak < ?)
              AND w.tanggal_lahir > ? AND w.tanggal_lahir <= ?%s
              AND %s
            GROUP BY e.posyandu_asal""";

    private static final String MOVED_WITH_KIA = "\n  AND w.id IN (SELECT b.warga_id FROM kes_balita b"
            + " WHERE b.punya_buku_kia = TRUE AND b.tanggal <= ?)";

    /**
     * Each child once however often registered (a semi-join, not COUNT DISTINCT over a join); the subquery stands
     * before the area condition, or Derby 10.16 picks a plan that does not finish for a kecamatan. For a kabupaten
     * or a province, {@link #WIDE_AREA_HINT} asks Derby to hash the registrations once instead of probing the index
     * per child (a comment to any other database).
     */
    private static final String WITH_KIA = """
            SELECT w.posyandu_id, COUNT(*)
            FROM %s
            WHERE w.tanggal_lahir > ? AND w.tanggal_lahir <= ?""" + PRESENT + """
              AND w.id IN (SELECT b.warga_id FROM kes_balita b%s
                           WHERE b.punya_buku_kia = TRUE AND b.tanggal <= ?)
              AND %s
            GROUP BY w.posyandu_id""";

    /**
     * Derby's join hint for counting a kabupaten or wider at once (docs/benchmarks.md, SKDN: K in about 250 instead
     * of 570 ms for 100,000 balita; bin/setenv gives Derby the memory to keep the hash in). Not for smaller areas:
     * the hash reads every registration of the database.
     */
    static final String WIDE_AREA_HINT = " --DERBY-PROPERTIES joinStrategy=HASH, index=kes_balita_kia\n";

    /**
     * Where counting looks, as the FROM clause and condition of each statement: a whole area (joined to
     * {@code posyandu}, its condition bound to {@code parameter}) or one Posyandu. One Posyandu is read through the
     * indexes named for Derby (SQL comments elsewhere), so its few rows are found the same way whatever statistics
     * Derby has: a few milliseconds (docs/benchmarks.md, SKDN).
     */
    private record Selection(String weighingsFrom, String weighingsWhere, String wargaFrom, String wargaWhere,
            String kiaHint, String parameter, String movedFrom, String movedWhere) {
        static Selection area(ReportRequest request) {
            String tingkat = request.area().tingkat();
            boolean wide = "kabupaten".equals(tingkat) || "provinsi".equals(tingkat);
            String condition = request.areaCondition("p");
            return new Selection("posyandu p JOIN kes_penimbangan k ON k.posyandu_id = p.id", condition,
                    "posyandu p JOIN warga w ON w.posyandu_id = p.id", condition, wide ? WIDE_AREA_HINT : "",
                    request.areaParameter(), "posyandu p JOIN warga_peristiwa e ON e.posyandu_asal = p.id"
                            + " JOIN warga w ON w.id = e.warga_id", condition);
        }

        static Selection posyandu(String id) {
            return new Selection("kes_penimbangan k --DERBY-PROPERTIES index=kes_penimbangan_skdn\n", "k.posyandu_id = ?",
                    "warga w --DERBY-PROPERTIES index=warga_posyandu_lahir\n", "w.posyandu_id = ?",
                    " --DERBY-PROPERTIES joinStrategy=NESTEDLOOP, index=kes_balita_kia\n", id,
                    "warga_peristiwa e JOIN warga w ON w.id = e.warga_id", "e.posyandu_asal = ?");
        }
    }

    private static final String FORGET = "DELETE FROM kes_skdn_bulanan WHERE posyandu_id = ? AND bulan = ?";

    private static final String KEEP = "INSERT INTO kes_skdn_bulanan (posyandu_id, bulan, data_versi, rumus_versi,"
            + " s, k, d, n, t, o, b, dua_t, diukur_tb_u, stunting, diukur_bb_tb, wasting, diukur_bb_u, underweight,"
            + " dihitung) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Counters in report order (and in the column order of {@code kes_skdn_bulanan}). */
    enum Count {
        S, K, D, N, T, O, B, DUA_T, DIUKUR_TB_U, STUNTING, DIUKUR_BB_TB, WASTING, DIUKUR_BB_U, UNDERWEIGHT
    }

    /** One Posyandu of the area: where it stands, its change counter, its figures, and whether they were kept. */
    private static final class Figures {
        final String posyanduId;
        final String desaKode;
        final long dataVersi;
        final boolean hadRow;
        long[] counts;

        Figures(String posyanduId, String desaKode, long dataVersi, boolean hadRow, long[] counts) {
            this.posyanduId = posyanduId;
            this.desaKode = desaKode;
            this.dataVersi = dataVersi;
            this.hadRow = hadRow;
            this.counts = counts;
        }
    }

    private final DataSource dataSource;

    @Activate
    public SkdnReport(@Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public ReportDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ReportOutput produce(ReportRequest request, Connection c) throws SQLException {
        String bulan = request.bulan().toString();
        List<Figures> all = new ArrayList<>();
        List<Figures> toCount = new ArrayList<>();
        // the counters are read before anything is counted: a write meanwhile leaves a kept row older than its
        // counter says, and it is counted again next time (never the other way round)
        try (PreparedStatement ps = c.prepareStatement(KEPT.formatted(request.areaCondition("p")))) {
            ps.setString(1, bulan);
            ps.setString(2, request.areaParameter());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long versi = rs.getLong(3);
                    long keptVersi = rs.getLong(4);
                    boolean hadRow = !rs.wasNull();
                    boolean current = hadRow && keptVersi == versi && rs.getInt(5) == RUMUS_VERSI;
                    long[] counts = null;
                    if (current) {
                        counts = new long[Count.values().length];
                        for (int i = 0; i < counts.length; i++) {
                            counts[i] = rs.getLong(6 + i);
                        }
                    }
                    Figures f = new Figures(rs.getString(1), rs.getString(2), versi, hadRow, counts);
                    all.add(f);
                    if (!current) {
                        toCount.add(f);
                    }
                }
            }
        }
        if (!toCount.isEmpty()) {
            Map<String, long[]> counted = new HashMap<>();
            if (toCount.size() > ONE_BY_ONE || toCount.size() == all.size()) {
                count(c, request.bulan(), Selection.area(request), counted);
            } else {
                for (Figures f : toCount) {
                    count(c, request.bulan(), Selection.posyandu(f.posyanduId), counted);
                }
            }
            for (Figures f : toCount) {
                f.counts = counted.getOrDefault(f.posyanduId, new long[Count.values().length]);
            }
            keep(bulan, toCount);
        }
        return ReportOutput.json(body(request, all));
    }

    /** Counts the Posyandu selected afresh into {@code into} (by Posyandu id). */
    private static void count(Connection c, YearMonth month, Selection where, Map<String, long[]> into)
            throws SQLException {
        Date end = Date.valueOf(month.atEndOfMonth());
        Date born = Date.valueOf(month.atEndOfMonth().minusMonths(60));
        Date start = Date.valueOf(month.atDay(1));
        try (PreparedStatement ps = c.prepareStatement(WEIGHINGS.formatted(where.weighingsFrom(), where.weighingsWhere()))) {
            ps.setString(1, month.toString());
            ps.setString(2, where.parameter());
            add(ps, into, Count.D);
        }
        try (PreparedStatement ps = c.prepareStatement(BALITA.formatted(where.wargaFrom(), where.wargaWhere()))) {
            ps.setDate(1, born);
            ps.setDate(2, end);
            ps.setDate(3, start);
            ps.setDate(4, start);
            ps.setString(5, where.parameter());
            add(ps, into, Count.S);
        }
        try (PreparedStatement ps = c.prepareStatement(
                WITH_KIA.formatted(where.wargaFrom(), where.kiaHint(), where.wargaWhere()))) {
            ps.setDate(1, born);
            ps.setDate(2, end);
            ps.setDate(3, start);
            ps.setDate(4, start);
            ps.setDate(5, end);
            ps.setString(6, where.parameter());
            add(ps, into, Count.K);
        }
        for (Count count : List.of(Count.S, Count.K)) {
            boolean kia = count == Count.K;
            try (PreparedStatement ps = c.prepareStatement(MOVED_ON.formatted(where.movedFrom(),
                    kia ? MOVED_WITH_KIA : "", where.movedWhere()))) {
                int i = 1;
                ps.setDate(i++, start);
                ps.setDate(i++, start);
                ps.setDate(i++, born);
                ps.setDate(i++, end);
                if (kia) {
                    ps.setDate(i++, end);
                }
                ps.setString(i, where.parameter());
                add(ps, into, count);
            }
        }
    }

    /** Adds the rows of one query (Posyandu id, counters from {@code first} on) to their Posyandu. */
    private static void add(PreparedStatement ps, Map<String, long[]> into, Count first) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                long[] target = into.computeIfAbsent(rs.getString(1), id -> new long[Count.values().length]);
                for (int col = 2; col <= columns; col++) {
                    target[first.ordinal() + col - 2] += rs.getLong(col);
                }
            }
        }
    }

    /**
     * Keeps freshly counted figures with the counters read before counting, in one transaction of its own. Keeping is
     * an optimisation: if it fails (another call kept the same Posyandu at the same moment), the answer stands and
     * the next call counts again.
     */
    private void keep(String bulan, List<Figures> counted) {
        try (Connection w = dataSource.getConnection()) {
            w.setAutoCommit(false);
            try (PreparedStatement forget = w.prepareStatement(FORGET); PreparedStatement keep = w.prepareStatement(KEEP)) {
                boolean forgetting = false;
                Timestamp now = Timestamp.from(Instant.now());
                for (Figures f : counted) {
                    if (f.hadRow) {
                        forget.setString(1, f.posyanduId);
                        forget.setString(2, bulan);
                        forget.addBatch();
                        forgetting = true;
                    }
                    keep.setString(1, f.posyanduId);
                    keep.setString(2, bulan);
                    keep.setLong(3, f.dataVersi);
                    keep.setInt(4, RUMUS_VERSI);
                    for (int i = 0; i < f.counts.length; i++) {
                        keep.setLong(5 + i, f.counts[i]);
                    }
                    keep.setTimestamp(5 + f.counts.length, now);
                    keep.addBatch();
                }
                if (forgetting) {
                    forget.executeBatch();
                }
                keep.executeBatch();
                w.commit();
            } catch (SQLException e) {
                w.rollback();
                LOG.debug("SKDN figures of {} Posyandu for {} not kept (counted again next time): {}", counted.size(),
                        bulan, e.getMessage());
            }
        } catch (SQLException e) {
            LOG.warn("SKDN figures for {} not kept: {}", bulan, e.getMessage());
        }
    }

    /** The report: the area's totals and each part one level down, summed from the Posyandu figures. */
    private static Map<String, Object> body(ReportRequest request, List<Figures> all) {
        Map<String, long[]> byPart = new LinkedHashMap<>();
        for (ReportArea part : request.bagian()) {
            byPart.put(part.kode(), new long[Count.values().length]);
        }
        long[] total = new long[Count.values().length];
        for (Figures f : all) {
            long[] part = request.bagianOf(f.posyanduId, f.desaKode).map(a -> byPart.get(a.kode())).orElse(null);
            for (int i = 0; i < total.length; i++) {
                total[i] += f.counts[i];
                if (part != null) {
                    part[i] += f.counts[i];
                }
            }
        }
        List<Map<String, Object>> parts = new ArrayList<>();
        for (ReportArea part : request.bagian()) {
            Map<String, Object> row = ReportJson.part(part);
            row.putAll(figures(byPart.get(part.kode())));
            parts.add(row);
        }
        Map<String, Object> body = ReportJson.head("skdn", request, null);
        body.putAll(figures(total));
        body.put("bagian", parts);
        return body;
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
