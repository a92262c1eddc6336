package org.posyandu.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.posyandu.api.security.Audited;
import org.posyandu.api.security.RequiresRole;
import org.posyandu.api.security.Role;
import org.posyandu.api.spm.ReportDescriptor;
import org.posyandu.api.spm.ReportOutput;
import org.posyandu.api.spm.ReportService;
import org.posyandu.rest.internal.query.OpenQuery;
import org.posyandu.rest.internal.security.Callers;

/**
 * The modules' reports, served generically (modules bring no JAX-RS code):
 * {@code GET /spm/{module}/laporan} lists them, {@code GET /spm/{module}/laporan/{report}?wilayah=|posyandu=&bulan=}
 * runs an area report, {@code GET /spm/{module}/{subjek}/{id}/{report}} a view of one resident (e.g.
 * {@code /spm/kesehatan/anak/{id}/grafik}). Every run is audited; role, scope and activation are checked by
 * {@link ReportService}.
 */
@Component(service = ReportsResource.class)
@JaxrsResource
@JaxrsName(ReportsResource.NAME)
@JSONRequired
@Path("spm/{module}")
@RequiresRole(Role.KADER)
public final class ReportsResource {
    static final String NAME = "posyandu.reports";
    private final ReportService reports;

    @Activate
    public ReportsResource(@Reference ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("laporan")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ReportDescriptor> list(@PathParam("module") String module) {
        return reports.reports(module);
    }

    @GET
    @Path("laporan/{report}")
    @Audited(value = "laporan", action = "REPORT")
    @OpenQuery // each report names its own parameters (ReportDescriptor); the report service checks them
    public Response area(@PathParam("module") String module, @PathParam("report") String report,
            @Context UriInfo uri, @Context SecurityContext sc) {
        Map<String, String> params = parameters(uri);
        ReportService.Result r = reports.area(Callers.caller(sc), module, report, params.remove("wilayah"),
                params.remove("posyandu"), params.remove("bulan"), params);
        Callers.principal(sc).about(module + "/" + report, r.wilayah(),
                uri.getRequestUri().getRawQuery() + (r.report().dataPribadi() ? ", data pribadi" : ""));
        return respond(r.output());
    }

    @GET
    @Path("{subjek}/{id}/{report}")
    @Audited(value = "warga", action = "READ")
    @OpenQuery
    public Response warga(@PathParam("module") String module, @PathParam("subjek") String subjek,
            @PathParam("id") String id, @PathParam("report") String report, @Context UriInfo uri,
            @Context SecurityContext sc) {
        Map<String, String> params = parameters(uri);
        ReportService.Result r = reports.warga(Callers.caller(sc), module, subjek, id, report, params);
        Callers.principal(sc).about(id, r.wilayah(), module + "/" + subjek + "/" + report);
        return respond(r.output());
    }

    private static Map<String, String> parameters(UriInfo uri) {
        Map<String, String> params = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            String value = values.isEmpty() ? null : Params.blank(values.get(0));
            if (value != null) {
                params.put(name, value);
            }
        });
        return params;
    }

    private static Response respond(ReportOutput out) {
        String type = out.mediaType().startsWith("text/") || out.mediaType().endsWith("+xml")
                ? out.mediaType() + ";charset=UTF-8" : out.mediaType();
        Response.ResponseBuilder b = Response.ok(out.body(), type);
        if (out.filename() != null) {
            b.header("Content-Disposition", "attachment; filename=\"" + out.filename().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        }
        return b.build();
    }
}
