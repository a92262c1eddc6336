package org.posyandu.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.posyandu.api.error.ApiException;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ValidationException;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.AuditService;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.RequiresRole;
import org.posyandu.api.security.Role;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.spm.SubmissionInput;
import org.posyandu.api.spm.SubmissionService;
import org.posyandu.rest.internal.error.Problem;
import org.posyandu.rest.internal.security.Callers;

/** {@code POST /sync}: what a phone that was offline sends when it is back, each item on its own. */
@Component(service = SyncResource.class)
@JaxrsResource
@JaxrsName(SyncResource.NAME)
@JSONRequired
@Path("sync")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresRole(Role.KADER)
public final class SyncResource {
    static final String NAME = "posyandu.sync";
    static final int MAX_SYNC = 500;
    private final SubmissionService submissions;
    private final AuditService audit;

    @Activate
    public SyncResource(@Reference SubmissionService submissions, @Reference AuditService audit) {
        this.submissions = submissions;
        this.audit = audit;
    }

    /** One item of a sync batch: a submission with its own key and address. */
    public record SyncItem(String idempotencyKey, String posyanduId, String formId, String wargaId,
            java.time.LocalDate tanggal, Map<String, Object> data) {
    }

    public record SyncRequest(List<SyncItem> submissions) {
    }

    /** The outcome of one item: 201 stored, 200 already stored (replay), or a 4xx problem. */
    public record SyncResult(String idempotencyKey, int status, Submission submission, Problem problem) {
    }

    public record SyncResponse(List<SyncResult> results) {
    }

    /**
     * Many submissions at once, each with its own key and its own result; one item failing stores the others.
     * Answers 200 with a result per item, in order.
     */
    @POST
    public SyncResponse sync(SyncRequest request, @Context SecurityContext sc) {
        if (request == null || request.submissions() == null || request.submissions().isEmpty()) {
            throw ValidationException.of(new FieldError("submissions", "required", "Kirim paling sedikit satu kiriman.",
                    "Send at least one submission."));
        }
        if (request.submissions().size() > MAX_SYNC) {
            throw ValidationException.of(new FieldError("submissions", "maxItems",
                    "Paling banyak " + MAX_SYNC + " kiriman per sinkronisasi.", "At most " + MAX_SYNC + " per sync."));
        }
        Caller caller = Callers.caller(sc);
        List<SubmissionService.BatchItem> items = new ArrayList<>();
        for (SyncItem item : request.submissions()) {
            items.add(item == null ? new SubmissionService.BatchItem(null, null, null, null)
                    : new SubmissionService.BatchItem(item.posyanduId(), item.formId(), item.idempotencyKey(),
                            new SubmissionInput(item.wargaId(), item.tanggal(), item.data())));
        }
        List<SubmissionService.Outcome> outcomes = submissions.submitAll(caller, items);
        List<SyncResult> results = new ArrayList<>();
        List<AuditEntry> trail = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            SubmissionService.Outcome o = outcomes.get(i);
            SubmissionService.BatchItem item = items.get(i);
            if (o.stored() != null) {
                int status = o.stored().created() ? 201 : 200;
                results.add(new SyncResult(item.idempotencyKey(), status, o.stored().submission(), null));
                trail.add(AuditEntry.of(caller, "CREATE", "submission", o.stored().submission().id(),
                        caller.wilayah(), status, "sync " + item.formId()));
            } else {
                ApiException e = o.failure();
                results.add(new SyncResult(item.idempotencyKey(), e.status(), null, Problem.of(e)));
                trail.add(AuditEntry.of(caller, "CREATE", "submission", null, caller.wilayah(), e.status(),
                        "sync " + item.formId() + " " + e.type()));
            }
        }
        audit.recordAll(trail);
        return new SyncResponse(results);
    }

}
