package org.posyandu.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
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
import org.posyandu.api.error.NotFoundException;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.security.Audited;
import org.posyandu.api.security.RequiresRole;
import org.posyandu.api.security.Role;
import org.posyandu.api.spm.FormView;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.spm.SubmissionInput;
import org.posyandu.api.spm.SubmissionService;
import org.posyandu.rest.internal.security.Callers;

/**
 * Kader forms of every SPM module, served generically: {@code GET /posyandu/{id}/forms},
 * {@code POST|GET /posyandu/{id}/forms/{formId}/submissions[/{sid}]} with {@code Idempotency-Key}. Modules
 * bring no JAX-RS code, so a module coming or going never rebuilds the JAX-RS application.
 */
@Component(service = FormsResource.class)
@JaxrsResource
@JaxrsName(FormsResource.NAME)
@JSONRequired
@Path("posyandu/{id}/forms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresRole(Role.KADER)
public final class FormsResource {
    static final String NAME = "posyandu.forms";
    private final SubmissionService submissions;
    private final PosyanduService posyandu;

    @Activate
    public FormsResource(@Reference SubmissionService submissions, @Reference PosyanduService posyandu) {
        this.submissions = submissions;
        this.posyandu = posyandu;
    }

    @GET
    public List<FormView> forms(@PathParam("id") String id, @Context SecurityContext sc) {
        return submissions.forms(Callers.scope(sc), id);
    }

    @POST
    @Path("{formId}/submissions")
    @Audited(value = "submission", action = "CREATE")
    public Response submit(@PathParam("id") String id, @PathParam("formId") String formId,
            @HeaderParam("Idempotency-Key") String key, SubmissionInput input, @Context SecurityContext sc,
            @Context UriInfo uri) {
        SubmissionService.Stored stored = submissions.submit(Callers.caller(sc), id, formId, key, input);
        Callers.principal(sc).about(stored.submission().id(), desaOf(sc, id), formId
                + (stored.created() ? "" : " (replay)"));
        return Response.created(PosyanduResource.location(uri, stored.submission().id()))
                .header("Idempotent-Replayed", Boolean.toString(!stored.created())).entity(stored.submission()).build();
    }

    @GET
    @Path("{formId}/submissions")
    @Audited(value = "submission", action = "LIST")
    public List<Submission> list(@PathParam("id") String id, @PathParam("formId") String formId,
            @QueryParam("periode") String periode, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit, @Context SecurityContext sc) {
        List<Submission> found = submissions.list(Callers.scope(sc), id, formId, Params.blank(periode),
                Params.intParam("offset", offset, 0, 0, Integer.MAX_VALUE), Params.intParam("limit", limit, 100, 1, 500));
        Callers.principal(sc).about(null, desaOf(sc, id), formId + ", " + found.size() + " rows");
        return found;
    }

    @GET
    @Path("{formId}/submissions/{sid}")
    @Audited(value = "submission", action = "READ")
    public Submission get(@PathParam("id") String id, @PathParam("formId") String formId,
            @PathParam("sid") String sid, @Context SecurityContext sc) {
        Submission s = submissions.find(Callers.scope(sc), id, formId, sid)
                .orElseThrow(() -> new NotFoundException("Kiriman", "Submission", sid));
        Callers.principal(sc).about(sid, desaOf(sc, id), formId);
        return s;
    }

    private String desaOf(SecurityContext sc, String posyanduId) {
        return posyandu.find(Callers.scope(sc), posyanduId).map(p -> p.desaKode()).orElse(null);
    }
}
