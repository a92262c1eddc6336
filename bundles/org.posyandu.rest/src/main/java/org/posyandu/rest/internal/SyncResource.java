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

import com.fasterxml.jackson.databind.JsonNode;

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

    /** The batch; each item is read on its own ({@link SyncItems}), so one unreadable item fails only itself. */
    public record SyncRequest(List<JsonNode> submissions) {
    }

    /**
     * The outcome of one item: 201 stored, 200 already stored (replay), a 4xx problem (the item is wrong; fix it
     * before sending it again), or a 500 problem (a fault of the server on this item; send it again later).
     */
    public record SyncResult(String idempotencyKey, int status, Submission submission, Problem problem) {
    }

    public record SyncResponse(List<SyncResult> results) {
    }

    /**
     * Many submissions at once, each with its own key and its own result: whatever happens to one item (unreadable,
     * invalid, refused, or a fault of the server on it), the others are answered and stored. Answers 200 with a
     * result per item, in order; only a batch that is itself wrong (empty, too many items, not JSON) is refused whole.
     * Every item gets one audit line: a stored one in the transaction that stores it (the service), a replay or a
     * refusal here.
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
        List<JsonNode> nodes = request.submissions();
        SyncResult[] results = new SyncResult[nodes.size()];
        List<AuditEntry> trail = new ArrayList<>();
        List<SubmissionService.BatchItem> items = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            SyncItems.Read read = SyncItems.read(nodes.get(i), i);
            if (read.problem() == null) {
                items.add(read.item());
                positions.add(i);
            } else {
                results[i] = refused(caller, SyncItems.key(nodes.get(i)), SyncItems.formId(nodes.get(i)), read.problem(),
                        trail);
            }
        }
        List<SubmissionService.Outcome> outcomes = submissions.submitAll(caller, items);
        for (int j = 0; j < outcomes.size(); j++) {
            SubmissionService.Outcome o = outcomes.get(j);
            SubmissionService.BatchItem item = items.get(j);
            if (o.stored() != null) {
                int status = o.stored().created() ? 201 : 200;
                results[positions.get(j)] = new SyncResult(item.idempotencyKey(), status, o.stored().submission(), null);
                if (!o.stored().created()) {
                    // a stored item's line was written in its own transaction by the service; a replay wrote nothing
                    trail.add(AuditEntry.of(caller, "CREATE", "submission", o.stored().submission().id(),
                            caller.wilayah(), status, "sync " + item.formId()));
                }
            } else {
                results[positions.get(j)] = refused(caller, item.idempotencyKey(), item.formId(), Problem.of(o.failure()),
                        trail);
            }
        }
        if (!trail.isEmpty()) {
            audit.recordAll(trail); // what wrote nothing: replays and refusals, in a transaction of their own
        }
        return new SyncResponse(List.of(results));
    }

    private static SyncResult refused(Caller caller, String key, String formId, Problem problem, List<AuditEntry> trail) {
        trail.add(AuditEntry.of(caller, "CREATE", "submission", null, caller.wilayah(), problem.status(),
                "sync " + formId + " " + problem.type().substring(problem.type().lastIndexOf(':') + 1)));
        return new SyncResult(key, problem.status(), null, problem);
    }
}
