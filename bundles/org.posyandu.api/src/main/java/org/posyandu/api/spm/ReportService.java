package org.posyandu.api.spm;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.posyandu.api.security.Caller;

/** Runs the modules' {@link ModuleReport}s for a caller: role, scope, activation and audit are checked here. */
@ProviderType
public interface ReportService {

    /** The reports of a serving module ({@code 404} for an unknown module). */
    List<ReportDescriptor> reports(String module);

    /**
     * An area report for a month: exactly one of {@code wilayahKode} and {@code posyanduId}; {@code bulan} as
     * {@code YYYY-MM}, not after this month.
     *
     * @return the report's output together with the area it covers (for the audit line)
     */
    Result area(Caller caller, String module, String report, String wilayahKode, String posyanduId, String bulan,
            Map<String, String> parameters);

    /** A view of one resident the caller may see ({@code 404} otherwise). */
    Result warga(Caller caller, String module, String subjek, String wargaId, String report,
            Map<String, String> parameters);

    /**
     * @param output  what the report produced
     * @param wilayah the desa or wider wilayah the output is about (for the audit line)
     * @param report  which report it was
     */
    record Result(ReportOutput output, String wilayah, ReportDescriptor report) {
    }
}
