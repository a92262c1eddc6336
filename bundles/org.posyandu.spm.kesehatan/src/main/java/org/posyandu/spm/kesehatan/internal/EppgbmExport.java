package org.posyandu.spm.kesehatan.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.posyandu.api.security.Role;
import org.posyandu.api.spm.ModuleReport;
import org.posyandu.api.spm.ReportDescriptor;
import org.posyandu.api.spm.ReportOutput;
import org.posyandu.api.spm.ReportRequest;

/**
 * The month's weighings of an area in the e-PPGBM column layout, as CSV for the dinas to upload
 * ({@code GET /api/v1/spm/kesehatan/laporan/e-ppgbm?wilayah=&bulan=}). RFC 4180: every text cell is quoted, so
 * the NIK stays a 16-digit text (a spreadsheet must import the column as text). Dates ISO (YYYY-MM-DD), decimals
 * with a point. Columns the platform does not record (Puskesmas, KPSP) are left empty. Personal data: audited.
 */
@Component(service = ModuleReport.class)
public final class EppgbmExport implements ModuleReport {
    static final ReportDescriptor DESCRIPTOR = new ReportDescriptor(KesehatanModule.ID, "e-ppgbm",
            "Ekspor penimbangan format e-PPGBM (CSV)", "Weighings in the e-PPGBM layout (CSV)",
            ReportDescriptor.Target.WILAYAH, "laporan", Role.KADER, true, "text/csv");

    static final List<String> COLUMNS = List.of("NIK", "Nama", "JK", "Tgl Lahir", "BB Lahir", "TB Lahir", "Nama Ortu",
            "Prov", "Kab/Kota", "Kec", "Puskesmas", "Desa/Kel", "Posyandu", "RT", "RW", "Alamat", "Usia Saat Ukur",
            "Tanggal Pengukuran", "Berat", "Tinggi", "Cara Ukur", "LiLA", "BB/U", "ZS BB/U", "TB/U", "ZS TB/U", "BB/TB",
            "ZS BB/TB", "Naik Berat Badan", "PMT Diterima (kg)", "Jml Vit A", "KPSP", "KIA");

    /** Permenkes 2/2020 classes as e-PPGBM prints them. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("sangat_kurang", "Berat Badan Sangat Kurang"), Map.entry("kurang", "Berat Badan Kurang"),
            Map.entry("normal_bbu", "Berat Badan Normal"), Map.entry("risiko_lebih", "Risiko Berat Badan Lebih"),
            Map.entry("sangat_pendek", "Sangat Pendek"), Map.entry("pendek", "Pendek"), Map.entry("normal_tbu", "Normal"),
            Map.entry("tinggi", "Tinggi"), Map.entry("gizi_buruk", "Gizi Buruk"), Map.entry("gizi_kurang", "Gizi Kurang"),
            Map.entry("gizi_baik", "Gizi Baik"), Map.entry("berisiko_gizi_lebih", "Berisiko Gizi Lebih"),
            Map.entry("gizi_lebih", "Gizi Lebih"), Map.entry("obesitas", "Obesitas"));

    private static final String WEIGHINGS = """
            SELECT w.nik, w.nama, w.jenis_kelamin, w.tanggal_lahir, ibu.nama, p.desa_kode, p.nama, w.rt, w.rw, w.alamat,
              k.tanggal, k.berat_kg, k.panjang_tinggi_cm, k.cara_ukur, k.lila_cm, k.status_bb_u, k.z_bb_u,
              k.status_tb_u, k.z_tb_u, k.status_bb_tb, k.z_bb_tb, k.naik_berat_badan, k.pmt_kg, k.warga_id
            FROM posyandu p JOIN kes_penimbangan k ON k.posyandu_id = p.id JOIN warga w ON w.id = k.warga_id
              LEFT JOIN warga ibu ON ibu.id = w.ibu_id
            WHERE k.periode = ? AND %s
            ORDER BY p.desa_kode, p.nama, w.nama, k.tanggal""";

    private static final String REGISTRATIONS = """
            SELECT b.warga_id, b.berat_lahir_kg, b.panjang_lahir_cm, b.nama_orang_tua, b.punya_buku_kia
            FROM posyandu p JOIN kes_balita b ON b.posyandu_id = p.id
            WHERE b.tanggal <= ? AND %s
            ORDER BY b.tanggal, b.dibuat""";

    private static final String VITAMIN_A = """
            SELECT k.warga_id, COUNT(*)
            FROM posyandu p JOIN kes_penimbangan k ON k.posyandu_id = p.id
            WHERE k.periode >= ? AND k.periode <= ? AND k.vitamin_a <> 'tidak' AND %s
            GROUP BY k.warga_id""";

    private record Registration(BigDecimal beratLahir, BigDecimal panjangLahir, String orangTua, boolean kia) {
    }

    @Override
    public ReportDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ReportOutput produce(ReportRequest request, Connection c) throws SQLException {
        String area = request.areaCondition("p");
        Map<String, Registration> registrations = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(REGISTRATIONS.formatted(area))) {
            ps.setDate(1, Date.valueOf(request.bulan().atEndOfMonth()));
            ps.setString(2, request.areaParameter());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) { // ordered by date: the latest registration wins
                    registrations.put(rs.getString(1), new Registration(rs.getBigDecimal(2), rs.getBigDecimal(3),
                            rs.getString(4), rs.getBoolean(5)));
                }
            }
        }
        Map<String, Long> vitaminA = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(VITAMIN_A.formatted(area))) {
            ps.setString(1, request.bulan().getYear() + "-01");
            ps.setString(2, request.bulan().toString());
            ps.setString(3, request.areaParameter());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    vitaminA.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        Map<String, String> regionNames = new HashMap<>();
        StringBuilder csv = new StringBuilder(4096);
        row(csv, COLUMNS.toArray());
        try (PreparedStatement ps = c.prepareStatement(WEIGHINGS.formatted(area));
                PreparedStatement names = c.prepareStatement("SELECT nama FROM wilayah WHERE kode = ?")) {
            ps.setString(1, request.bulan().toString());
            ps.setString(2, request.areaParameter());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String wargaId = rs.getString(24);
                    Registration reg = registrations.get(wargaId);
                    String desa = rs.getString(6);
                    LocalDate born = rs.getDate(4).toLocalDate();
                    LocalDate measured = rs.getDate(11).toLocalDate();
                    String parent = reg != null && reg.orangTua() != null ? reg.orangTua() : rs.getString(5);
                    BigDecimal pmt = rs.getBigDecimal(23);
                    row(csv, rs.getString(1), rs.getString(2), rs.getString(3), born,
                            reg == null ? null : reg.beratLahir(), reg == null ? null : reg.panjangLahir(), parent,
                            name(names, regionNames, desa.substring(0, 2)), name(names, regionNames, desa.substring(0, 5)),
                            name(names, regionNames, desa.substring(0, 8)), null, name(names, regionNames, desa),
                            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), age(born, measured),
                            measured, rs.getBigDecimal(12), rs.getBigDecimal(13), caraUkur(rs.getString(14)),
                            rs.getBigDecimal(15), label(rs.getString(16), "_bbu"), z(rs.getBigDecimal(17)),
                            label(rs.getString(18), "_tbu"), z(rs.getBigDecimal(19)), label(rs.getString(20), ""),
                            z(rs.getBigDecimal(21)), rs.getString(22), pmt == null ? BigDecimal.ZERO : pmt,
                            vitaminA.getOrDefault(wargaId, 0L), null,
                            reg == null ? null : reg.kia() ? "Ya" : "Tidak");
                }
            }
        }
        String where = request.area().isPosyandu() ? "posyandu" : request.area().kode();
        return new ReportOutput("text/csv", csv.toString(), "e-ppgbm_" + where + "_" + request.bulan() + ".csv");
    }

    /** Age as e-PPGBM writes it: "1 Tahun - 3 Bulan - 12 Hari". */
    static String age(LocalDate born, LocalDate on) {
        Period p = Period.between(born, on);
        return p.getYears() + " Tahun - " + p.getMonths() + " Bulan - " + p.getDays() + " Hari";
    }

    private static String caraUkur(String value) {
        return value == null ? null : value.equals("terlentang") ? "Terlentang" : "Berdiri";
    }

    private static String label(String status, String normalSuffix) {
        if (status == null) {
            return null;
        }
        return LABELS.getOrDefault(status.equals("normal") ? "normal" + normalSuffix : status, status);
    }

    private static BigDecimal z(BigDecimal z) {
        return z == null ? null : z.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static String name(PreparedStatement names, Map<String, String> cache, String kode) throws SQLException {
        String cached = cache.get(kode);
        if (cached == null) {
            names.setString(1, kode);
            try (ResultSet rs = names.executeQuery()) {
                cached = rs.next() ? rs.getString(1) : "";
            }
            cache.put(kode, cached);
        }
        return cached;
    }

    /** One CSV line (RFC 4180): text quoted with doubled quotes, numbers and dates plain, null empty. */
    static void row(StringBuilder out, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells[i];
            if (cell instanceof String s) {
                out.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else if (cell instanceof BigDecimal d) {
                out.append(d.stripTrailingZeros().toPlainString());
            } else if (cell != null) {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }
}
