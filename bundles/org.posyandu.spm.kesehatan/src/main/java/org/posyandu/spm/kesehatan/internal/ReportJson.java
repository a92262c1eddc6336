package org.posyandu.spm.kesehatan.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.posyandu.api.spm.ReportArea;
import org.posyandu.api.spm.ReportRequest;

/** The JSON shape the kesehatan area reports share: their head and the start of each part's row. */
final class ReportJson {
    private ReportJson() {
    }

    /** {@code laporan}, {@code bulan}, {@code dinilaiPada} (if not null) and the {@code wilayah} asked for. */
    static Map<String, Object> head(String laporan, ReportRequest request, String dinilaiPada) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("laporan", laporan);
        body.put("bulan", request.bulan().toString());
        if (dinilaiPada != null) {
            body.put("dinilaiPada", dinilaiPada);
        }
        body.put("wilayah", Map.of("kode", request.area().kode(), "nama", String.valueOf(request.area().nama()),
                "tingkat", request.area().tingkat()));
        return body;
    }

    /** A part's row, starting with its {@code kode}, {@code nama} and {@code tingkat}. */
    static Map<String, Object> part(ReportArea part) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kode", part.kode());
        row.put("nama", part.nama());
        row.put("tingkat", part.tingkat());
        return row;
    }
}
