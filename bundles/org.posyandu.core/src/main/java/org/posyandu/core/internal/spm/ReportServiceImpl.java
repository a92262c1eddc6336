package org.posyandu.core.internal.spm;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.posyandu.api.error.Errors;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ForbiddenException;
import org.posyandu.api.error.NotFoundException;
import org.posyandu.api.error.ValidationException;
import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.security.Caller;
import org.posyandu.api.spm.ActivationService;
import org.posyandu.api.spm.MenuDefinition;
import org.posyandu.api.spm.ModuleDescriptor;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.api.spm.ModuleReport;
import org.posyandu.api.spm.ReportArea;
import org.posyandu.api.spm.ReportDescriptor;
import org.posyandu.api.spm.ReportOutput;
import org.posyandu.api.spm.ReportRequest;
import org.posyandu.api.spm.ReportService;
import org.posyandu.api.warga.Warga;
import org.posyandu.api.warga.WargaService;
import org.posyandu.api.wilayah.Tingkat;
import org.posyandu.api.wilayah.Wilayah;
import org.posyandu.api.wilayah.WilayahKode;
import org.posyandu.api.wilayah.WilayahService;
import org.posyandu.core.internal.db.CoreSchema;
import org.posyandu.core.internal.db.Scopes;
import org.posyandu.core.internal.periode.ReportStatus;

/**
 * Serves the modules' {@link ModuleReport}s (whiteboard): finds the report, checks the caller's role, the scope of
 * the area or resident, and that the module is serving and enabled in the kabupaten, resolves the area and its
 * parts one level down, and runs the report on a read-only connection.
 */
@Component(service = ReportService.class)
public final class ReportServiceImpl implements ReportService {
    /** Posyandu in one desa are few; more than this would be a data error, not a report. */
    private static final int MAX_POSYANDU_PER_DESA = 500;

    private final DataSource dataSource;
    private final ModuleRegistry registry;
    private final ActivationService activation;
    private final WilayahService wilayah;
    private final PosyanduService posyandu;
    private final WargaService warga;
    private final ReportStatus status;
    /** module id → "subjek/report id" → report */
    private final Map<String, Map<String, ModuleReport>> reports = new ConcurrentHashMap<>();

    @Activate
    public ReportServiceImpl(@Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource,
            @Reference ModuleRegistry registry, @Reference ActivationService activation,
            @Reference WilayahService wilayah, @Reference PosyanduService posyandu, @Reference WargaService warga,
            @Reference CoreSchema schema, @Reference ReportStatus status) {
        this.status = status;
        this.dataSource = dataSource;
        this.registry = registry;
        this.activation = activation;
        this.wilayah = wilayah;
        this.posyandu = posyandu;
        this.warga = warga;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindReport(ModuleReport report) {
        ReportDescriptor d = report.descriptor();
        reports.computeIfAbsent(d.module(), m -> new ConcurrentHashMap<>()).put(key(d.subjek(), d.id()), report);
    }

    void unbindReport(ModuleReport report) {
        ReportDescriptor d = report.descriptor();
        Map<String, ModuleReport> ofModule = reports.get(d.module());
        if (ofModule != null) {
            ofModule.remove(key(d.subjek(), d.id()), report);
        }
    }

    private static String key(String subjek, String id) {
        return subjek + "/" + id;
    }

    @Override
    public List<ReportDescriptor> reports(String module) {
        requireServing(module);
        return reports.getOrDefault(module, Map.of()).values().stream().map(ModuleReport::descriptor)
                .sorted(Comparator.comparing(ReportDescriptor::subjek).thenComparing(ReportDescriptor::id)).toList();
    }

    @Override
    public Result area(Caller caller, String module, String report, String wilayahKode, String posyanduId,
            String bulan, Map<String, String> parameters) {
        ModuleReport r = require(caller, module, "laporan", report);
        YearMonth month = month(bulan, wilayahKode, posyanduId);
        ReportArea area;
        List<ReportArea> parts;
        String kode;
        if (posyanduId != null) {
            Posyandu p = posyandu.find(caller.scope(), posyanduId)
                    .orElseThrow(() -> new NotFoundException("Posyandu", "Posyandu", posyanduId));
            area = new ReportArea(p.id(), p.nama(), ReportArea.POSYANDU);
            parts = List.of();
            kode = p.desaKode();
        } else {
            Wilayah w = wilayah.find(wilayahKode).orElseThrow(() -> ValidationException.of(new FieldError("wilayah",
                    "exists", "Kode wilayah " + wilayahKode + " tidak dikenal.", "Unknown region code " + wilayahKode + ".")));
            Scopes.requireWilayah(caller.scope(), "wilayah", w.kode());
            area = new ReportArea(w.kode(), w.nama(), w.tingkat().jsonName());
            parts = w.tingkat() == Tingkat.DESA
                    ? posyandu.list(caller.scope(), w.kode(), null, 0, MAX_POSYANDU_PER_DESA).stream()
                            .map(p -> new ReportArea(p.id(), p.nama(), ReportArea.POSYANDU)).toList()
                    : wilayah.children(w.kode()).stream()
                            .map(c -> new ReportArea(c.kode(), c.nama(), c.tingkat().jsonName())).toList();
            kode = w.kode();
        }
        requireEnabled(module, kode);
        ReportRequest request = new ReportRequest(month, area, parts, null, LocalDate.now(), parameters);
        return new Result(status.annotate(run(r, request), request), kode, r.descriptor());
    }

    @Override
    public Result warga(Caller caller, String module, String subjek, String wargaId, String report,
            Map<String, String> parameters) {
        ModuleReport r = require(caller, module, subjek, report);
        Warga w = warga.find(caller.scope(), wargaId).orElseThrow(() -> new NotFoundException("Warga", "Resident", wargaId));
        requireEnabled(module, w.desaKode());
        LocalDate today = LocalDate.now();
        return new Result(run(r, new ReportRequest(YearMonth.from(today), null, List.of(), w, today, parameters)),
                w.desaKode(), r.descriptor());
    }

    private ReportOutput run(ModuleReport report, ReportRequest request) {
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            ReportOutput out = report.produce(request, c);
            if (out == null) {
                throw new IllegalStateException("report " + report.descriptor().id() + " produced nothing");
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("report " + report.descriptor().id() + " failed", e);
        }
    }

    private ModuleDescriptor requireServing(String module) {
        return registry.serving().stream().filter(m -> m.id().equals(module)).findFirst()
                .orElseThrow(() -> new NotFoundException("Modul", "Module", module));
    }

    private ModuleReport require(Caller caller, String module, String subjek, String id) {
        requireServing(module);
        ModuleReport r = reports.getOrDefault(module, Map.of()).get(key(subjek, id));
        if (r == null) {
            throw new NotFoundException("Laporan", "Report", module + "/" + subjek + "/" + id);
        }
        if (!caller.role().atLeast(r.descriptor().minimumRole())) {
            throw new ForbiddenException("Peran " + caller.role() + " tidak boleh membaca laporan ini (paling rendah "
                    + r.descriptor().minimumRole() + ").", "Role " + caller.role()
                    + " may not read this report (lowest allowed: " + r.descriptor().minimumRole() + ").");
        }
        return r;
    }

    /** Inside one kabupaten the module must be enabled there (a wider area counts only what was recorded). */
    private void requireEnabled(String module, String kode) {
        String kab = WilayahKode.kabupatenOf(kode);
        if (kab == null) {
            return;
        }
        ModuleDescriptor d = requireServing(module);
        boolean enabled = d.menus().stream().map(MenuDefinition::id).anyMatch(menu -> activation.isEnabled(kab, module, menu));
        if (!enabled) {
            throw new ForbiddenException("Modul '" + module + "' tidak diaktifkan untuk kabupaten/kota " + kab + ".",
                    "Module '" + module + "' is not enabled for kabupaten/city " + kab + ".");
        }
    }

    private static YearMonth month(String bulan, String wilayahKode, String posyanduId) {
        Errors errors = new Errors();
        if ((wilayahKode == null) == (posyanduId == null)) {
            errors.add("wilayah", "oneOf", "Isi salah satu: wilayah (kode) atau posyandu (id).",
                    "Give exactly one of wilayah (code) or posyandu (id).");
        }
        YearMonth month = null;
        if (errors.require("bulan", bulan)) {
            try {
                month = YearMonth.parse(bulan);
                if (month.isAfter(YearMonth.now())) {
                    errors.add("bulan", "notInFuture", "Bulan " + bulan + " belum terjadi.", "Month " + bulan + " is in the future.");
                }
            } catch (DateTimeParseException e) {
                errors.add("bulan", "format", "Bulan dalam format YYYY-MM.", "Month as YYYY-MM.");
            }
        }
        errors.throwIfAny();
        return month;
    }
}
