package org.posyandu.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.posyandu.api.spm.CorrectionService;
import org.posyandu.api.spm.FormView;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.spm.SubmissionInput;
import org.posyandu.api.spm.SubmissionCorrection;
import org.posyandu.api.spm.SubmissionService;
import org.posyandu.api.spm.SubmissionVersion;
import org.posyandu.api.spm.SubmissionVoid;
import org.posyandu.rest.internal.security.Callers;

/**
 * Kader forms of every SPM module, served generically: {@code GET /posyandu/{id}/forms},
 * {@code POST|GET /posyandu/{id}/forms/{formId}/submissions[/{sid}]} with {@code Idempotency-Key}, corrections
 * ({@code PUT .../{sid}}), voids ({@code POST .../{sid}/batal}) and the history ({@code GET .../{sid}/riwayat}). Modules
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
    private final CorrectionService corrections;
    private final PosyanduService posyandu;

    @Activate
    public FormsResource(@Reference SubmissionService submissions, @Reference CorrectionService corrections,
            @Reference PosyanduService posyandu) {
        this.submissions = submissions;
        this.corrections = corrections;
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
        // the service wrote the audit line (in the submission's transaction, or alone for a replay)
        Callers.principal(sc).about(stored.submission().id(), null, formId + (stored.created() ? "" : " (replay)"));
        return Response.created(PosyanduResource.location(uri, stored.submission().id()))
                .header("Idempotent-Replayed", Boolean.toString(!stored.created())).entity(stored.submission()).build();
    }

    @GET
    @Path("{formId}/submissions")
    @Audited(value = "submission", action = "LIST")
    public List<Object> list(@PathParam("id") String id, @PathParam("formId") String formId,
            @QueryParam("periode") String periode, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit, @QueryParam("termasukBatal") String termasukBatal,
            @Context SecurityContext sc) {
        List<Object> found = new java.util.ArrayList<>(submissions.list(Callers.scope(sc), id, formId,
                Params.blank(periode), Params.intParam("offset", offset, 0, 0, Integer.MAX_VALUE),
                Params.intParam("limit", limit, 100, 1, 500)));
        if (Boolean.TRUE.equals(Params.booleanParam("termasukBatal", termasukBatal))) {
            corrections.voided(Callers.scope(sc), id, formId, Params.blank(periode)).stream()
                    .map(VoidedSubmission::of).forEach(found::add);
        }
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

    /** A correction: the full new values, validated like a new submission; retried safely by its key. */
    @PUT
    @Path("{formId}/submissions/{sid}")
    @Audited(value = "submission", action = "UPDATE")
    public Response correct(@PathParam("id") String id, @PathParam("formId") String formId,
            @PathParam("sid") String sid, @HeaderParam("Idempotency-Key") String key, SubmissionCorrection body,
            @Context SecurityContext sc) {
        CorrectionService.Changed changed = corrections.correct(Callers.caller(sc), id, formId, sid, key, body);
        return changedAnswer(sc, formId, changed, changed.version().isi());
    }

    /**
     * A void (never a delete): the submission stops counting and keeps its history. A POST to a sub-resource, not
     * DELETE, because a void carries a required reason and an Idempotency-Key, and a body on DELETE has no defined
     * meaning in HTTP (RFC 9110, 9.3.5) and is dropped by some proxies.
     */
    @POST
    @Path("{formId}/submissions/{sid}/batal")
    @Audited(value = "submission", action = "VOID")
    public Response voidSubmission(@PathParam("id") String id, @PathParam("formId") String formId,
            @PathParam("sid") String sid, @HeaderParam("Idempotency-Key") String key, SubmissionVoid body,
            @Context SecurityContext sc) {
        CorrectionService.Changed changed = corrections.voidSubmission(Callers.caller(sc), id, formId, sid, key, body);
        return changedAnswer(sc, formId, changed, changed.version());
    }

    @GET
    @Path("{formId}/submissions/{sid}/riwayat")
    @Audited(value = "submission", action = "HISTORY")
    public List<SubmissionVersion> history(@PathParam("id") String id, @PathParam("formId") String formId,
            @PathParam("sid") String sid, @Context SecurityContext sc) {
        List<SubmissionVersion> versions = corrections.history(Callers.scope(sc), id, formId, sid);
        Callers.principal(sc).about(sid, desaOf(sc, id), formId + ", " + versions.size() + " versions");
        return versions;
    }

    private Response changedAnswer(SecurityContext sc, String formId, CorrectionService.Changed changed,
            Object entity) {
        SubmissionVersion v = changed.version();
        // the service wrote the audit line (in the change's transaction, or alone for a replay)
        Callers.principal(sc).about(v.submissionId(), null, formId + " v" + v.versi() + " " + v.tindakan()
                + (v.alasan() == null ? "" : ": " + v.alasan()) + (changed.created() ? "" : " (replay)"));
        return Response.ok(entity).header("Idempotent-Replayed", Boolean.toString(!changed.created()))
                .header("Versi", v.versi()).build();
    }

    /** A voided submission in a list with {@code termasukBatal=true}: as last in force, and its void. */
    record VoidedSubmission(String id, String formId, int formVersi, String posyanduId, String wargaId,
            java.time.LocalDate tanggal, String periode, java.util.Map<String, Object> data, java.time.Instant dibuat,
            String dibuatOleh, Batal batal) {
        record Batal(int versi, String alasan, String oleh, java.time.Instant pada) {
        }

        static VoidedSubmission of(SubmissionVersion v) {
            Submission s = v.isi();
            return new VoidedSubmission(s.id(), s.formId(), s.formVersi(), s.posyanduId(), s.wargaId(), s.tanggal(),
                    s.periode(), s.data(), s.dibuat(), s.dibuatOleh(), new Batal(v.versi(), v.alasan(), v.oleh(), v.pada()));
        }
    }

    private String desaOf(SecurityContext sc, String posyanduId) {
        return posyandu.find(Callers.scope(sc), posyanduId).map(p -> p.desaKode()).orElse(null);
    }
}
