package org.posyandu.spm.kesehatan.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.posyandu.api.spm.ReportArea;
import org.posyandu.api.spm.ReportRequest;
import org.posyandu.spm.kesehatan.internal.ImunisasiSchedule.DoseStatus;
import org.posyandu.spm.kesehatan.internal.ImunisasiSchedule.Status;

/**
 * What the two immunisation reports read: the children under two of an area (registered at its Posyandu), every
 * dose recorded for them, and the doses given in the month, judged against the national schedule
 * ({@link ImunisasiSchedule}) on the last day of the month (today for the current month).
 */
final class ImunisasiReports {
    /** Baduta: children under 24 months, the immunisation target group. */
    static final int TARGET_MONTHS = 24;

    private static final String CHILDREN = """
            SELECT w.id, w.nama, w.tanggal_lahir, w.posyandu_id, p.desa_kode
            FROM posyandu p JOIN warga w ON w.posyandu_id = p.id
            WHERE w.tanggal_lahir > ? AND w.tanggal_lahir <= ?
              AND (w.keluar_tanggal IS NULL OR w.keluar_tanggal >= ?) AND %s""";

    private static final String DOSES = """
            SELECT i.warga_id, i.tanggal, i.vaksin, i.dosis_di_tempat_lain
            FROM posyandu p JOIN warga w ON w.posyandu_id = p.id JOIN kes_imunisasi i ON i.warga_id = w.id
            WHERE w.tanggal_lahir > ? AND w.tanggal_lahir <= ? AND i.tanggal <= ? AND %s""";

    private static final String GIVEN_IN_MONTH = """
            SELECT i.posyandu_id, p.desa_kode, i.vaksin
            FROM posyandu p JOIN kes_imunisasi i ON i.posyandu_id = p.id
            WHERE i.periode = ? AND %s""";

    /** One child under two with the state of every dose on the day judged. */
    record Child(String id, String nama, LocalDate lahir, String posyanduId, String desaKode, List<DoseStatus> doses,
            boolean dasarLengkap) {
        /** Whether a dose of the national programme is in this state; regional doses (JE) are not counted. */
        boolean any(Status status) {
            return doses.stream().anyMatch(d -> d.status() == status && !REGIONAL.contains(d.id()));
        }

        List<String> ids(Status status) {
            return doses.stream().filter(d -> d.status() == status).map(DoseStatus::id).toList();
        }
    }

    /** Doses given only where the region runs the programme (JE): listed per child, not counted as due. */
    static final java.util.Set<String> REGIONAL = ImunisasiSchedule.doses().stream()
            .filter(ImunisasiSchedule.Dose::regional).map(ImunisasiSchedule.Dose::id)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private ImunisasiReports() {
    }

    /** The day a month is judged on: its last day, or today while it lasts. */
    static LocalDate judgedOn(ReportRequest request) {
        LocalDate end = request.bulan().atEndOfMonth();
        return end.isAfter(request.today()) ? request.today() : end;
    }

    static List<Child> children(ReportRequest request, Connection c) throws SQLException {
        LocalDate on = judgedOn(request);
        Date from = Date.valueOf(on.minusMonths(TARGET_MONTHS));
        Date to = Date.valueOf(on);
        String area = request.areaCondition("p");
        Map<String, Map<String, LocalDate>> given = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(DOSES.formatted(area))) {
            ps.setDate(1, from);
            ps.setDate(2, to);
            ps.setDate(3, to);
            ps.setString(4, request.areaParameter());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = rs.getDate(2).toLocalDate();
                    Map<String, LocalDate> doses = given.computeIfAbsent(rs.getString(1), k -> new HashMap<>());
                    // a dose given elsewhere counts as given by the visit that recorded it (its own date is unknown)
                    String elsewhere = rs.getString(4);
                    for (String dose : (rs.getString(3) + (elsewhere == null ? "" : "," + elsewhere)).split(",")) {
                        doses.merge(dose, day, (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            }
        }
        List<Child> children = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(CHILDREN.formatted(area))) {
            ps.setDate(1, from);
            ps.setDate(2, to);
            // a child who died or moved away before the month is no longer a sasaran (life events)
            ps.setDate(3, Date.valueOf(request.bulan().atDay(1)));
            ps.setString(4, request.areaParameter());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, LocalDate> doses = given.getOrDefault(rs.getString(1), Map.of());
                    LocalDate born = rs.getDate(3).toLocalDate();
                    children.add(new Child(rs.getString(1), rs.getString(2), born, rs.getString(4), rs.getString(5),
                            ImunisasiSchedule.status(born, doses, on), ImunisasiSchedule.dasarLengkap(born, doses)));
                }
            }
        }
        return children;
    }

    /** Doses given in the month per part of the area: part code → vaccine → count. */
    static Map<String, Map<String, Long>> givenInMonth(ReportRequest request, Connection c) throws SQLException {
        Map<String, Map<String, Long>> result = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(GIVEN_IN_MONTH.formatted(request.areaCondition("p")))) {
            ps.setString(1, request.bulan().toString());
            ps.setString(2, request.areaParameter());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String part = partOf(request, rs.getString(1), rs.getString(2));
                    for (String dose : rs.getString(3).split(",")) {
                        result.computeIfAbsent(part, k -> new TreeMap<>()).merge(dose, 1L, Long::sum);
                    }
                }
            }
        }
        return result;
    }

    /** The part a Posyandu belongs to, or the area itself when it has no parts (a Posyandu). */
    static String partOf(ReportRequest request, String posyanduId, String desaKode) {
        return request.bagianOf(posyanduId, desaKode).map(ReportArea::kode).orElse(request.area().kode());
    }

    /** Counters of a group of children and the doses given to it in the month. */
    static Map<String, Object> figures(List<Child> children, Map<String, Long> given, LocalDate on) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sasaran", children.size());
        out.put("jatuhTempo", children.stream().filter(ch -> ch.any(Status.JATUH_TEMPO)).count());
        out.put("terlambat", children.stream().filter(ch -> ch.any(Status.TERLAMBAT)).count());
        List<Child> oneYear = children.stream()
                .filter(ch -> ChronoUnit.MONTHS.between(ch.lahir(), on) >= 12).toList();
        long complete = oneYear.stream().filter(Child::dasarLengkap).count();
        Map<String, Object> idl = new LinkedHashMap<>();
        idl.put("anak12sd23Bulan", oneYear.size());
        idl.put("dasarLengkap", complete);
        idl.put("persen", SkdnReport.percent(complete, oneYear.size()));
        out.put("imunisasiDasarLengkap", idl);
        out.put("dosisBulanIni", given == null ? Map.of() : given);
        return out;
    }

    static Map<String, Object> header(String laporan, ReportRequest request) {
        return ReportJson.head(laporan, request, judgedOn(request).toString());
    }

    /** The most overdue first, then by name. */
    static final Comparator<Child> MOST_OVERDUE = Comparator
            .comparing((Child ch) -> -ch.ids(Status.TERLAMBAT).size()).thenComparing(Child::nama);

}
