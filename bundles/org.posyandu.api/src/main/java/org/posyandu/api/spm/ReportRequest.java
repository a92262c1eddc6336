package org.posyandu.api.spm;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.posyandu.api.warga.Warga;

/**
 * One call of a {@link ModuleReport}, resolved and scope-checked by the core.
 *
 * @param bulan      the month asked for ({@link ReportDescriptor.Target#WILAYAH}); for a resident view the month
 *                   of today
 * @param area       the area asked for, or {@code null} for a resident view
 * @param bagian     the parts of the area one level down (child wilayah, or the Posyandu of a desa), ordered by
 *                   code; empty for a Posyandu
 * @param warga      the resident of a {@link ReportDescriptor.Target#WARGA} view, else {@code null}
 * @param today      the date the report is made (the platform's zone)
 * @param parameters the other query parameters, first value each
 */
public record ReportRequest(YearMonth bulan, ReportArea area, List<ReportArea> bagian, Warga warga, LocalDate today,
        Map<String, String> parameters) {

    public ReportRequest {
        bagian = bagian == null ? List.of() : List.copyOf(bagian);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /**
     * An SQL condition selecting the Posyandu of the area, on the {@code posyandu} table under the given alias,
     * with one {@code ?} to bind with {@link #areaParameter()}.
     */
    public String areaCondition(String posyanduAlias) {
        if (area.isPosyandu()) {
            return posyanduAlias + ".id = ?";
        }
        return area.tingkat().equals("desa") ? posyanduAlias + ".desa_kode = ?" : posyanduAlias + ".desa_kode LIKE ?";
    }

    /** The value for the {@code ?} of {@link #areaCondition(String)}. */
    public String areaParameter() {
        if (area.isPosyandu() || area.tingkat().equals("desa")) {
            return area.kode();
        }
        return area.kode() + ".%";
    }

    /** The part (of {@link #bagian()}) a Posyandu standing in desa {@code desaKode} belongs to. */
    public Optional<ReportArea> bagianOf(String posyanduId, String desaKode) {
        for (ReportArea part : bagian) {
            if (part.holds(posyanduId, desaKode)) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }
}
