package org.posyandu.core.internal.periode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.posyandu.api.spm.ReportArea;
import org.posyandu.api.spm.ReportOutput;
import org.posyandu.api.spm.ReportRequest;

/** Every JSON area report says, for the whole and for each row, how many of its Posyandu are verified or locked. */
class ReportStatusTest {
    private static final YearMonth OKTOBER = YearMonth.of(2026, 10);
    private final PeriodeFixture f;

    ReportStatusTest() throws Exception {
        f = new PeriodeFixture();
    }

    @Test
    void theWholeAndEachPartCarryTheirPosyandusStatus() {
        f.service.verify(f.desa, f.p1, OKTOBER);
        ReportStatus status = new ReportStatus(f.db, f.store);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("S", 5);
        body.put("bagian", List.of(row(f.p1), row(f.p2)));
        ReportArea desa = new ReportArea(PeriodeFixture.DESA, "Desa", "desa");
        ReportRequest request = new ReportRequest(OKTOBER, desa, List.of(new ReportArea(f.p1, "Melati", "posyandu"),
                new ReportArea(f.p2, "Mawar", "posyandu")), null, LocalDate.of(2026, 11, 3), Map.of());

        Map<?, ?> out = (Map<?, ?>) status.annotate(ReportOutput.json(body), request).body();
        assertEquals(Map.of("terbuka", 1, "diverifikasi", 1, "dikembalikan", 0, "dikunci", 0), out.get("verifikasi"));
        List<?> parts = (List<?>) out.get("bagian");
        assertEquals("diverifikasi", ((Map<?, ?>) ((Map<?, ?>) parts.get(0)).get("verifikasi")).get("status"));
        assertEquals(1, ((Map<?, ?>) ((Map<?, ?>) parts.get(0)).get("verifikasi")).get("diverifikasi"));
        assertEquals("terbuka", ((Map<?, ?>) ((Map<?, ?>) parts.get(1)).get("verifikasi")).get("status"));
        assertEquals(5, out.get("S"));

        ReportOutput csv = new ReportOutput("text/csv", "a,b", "x.csv");
        assertSame(csv, status.annotate(csv, request));
    }

    private static Map<String, Object> row(String kode) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kode", kode);
        row.put("D", 1);
        return row;
    }
}
