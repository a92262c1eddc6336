package org.posyandu.rest.internal;

import java.util.List;

import org.posyandu.api.error.FieldError;
import org.posyandu.api.spm.SubmissionInput;
import org.posyandu.api.spm.SubmissionService.BatchItem;
import org.posyandu.rest.internal.SyncResource.SyncItem;
import org.posyandu.rest.internal.error.JsonProblems;
import org.posyandu.rest.internal.error.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the items of a sync batch one by one, so that an item the API cannot read (a date like
 * {@code 2026-13-01}, text where a number belongs, an unknown field) is answered as that item's own 422, naming the
 * field inside the item, while the other items are still read and stored.
 */
final class SyncItems {
    private static final ObjectMapper MAPPER = JacksonProvider.mapper();

    private SyncItems() {
    }

    /** One item as read: the batch item to submit, or the problem that answers it. */
    record Read(BatchItem item, Problem problem) {
    }

    static Read read(JsonNode node, int index) {
        if (node == null || node.isNull()) {
            // no key: the submission service answers it as a submission without Idempotency-Key
            return new Read(new BatchItem(null, null, null, null), null);
        }
        if (!node.isObject()) {
            return new Read(null, Problem.of(422, "validation", "Data tidak valid", "Invalid data",
                    "Periksa kembali isian yang ditandai.", "Check the marked fields.",
                    List.of(new FieldError("submissions[" + index + "]", "type",
                            "Setiap kiriman harus berupa objek JSON.", "Every submission must be a JSON object."))));
        }
        try {
            SyncItem s = MAPPER.treeToValue(node, SyncItem.class);
            return new Read(new BatchItem(s.posyanduId(), s.formId(), s.idempotencyKey(),
                    new SubmissionInput(s.wargaId(), s.tanggal(), s.data())), null);
        } catch (JsonProcessingException e) {
            return new Read(null, JsonProblems.of(e));
        }
    }

    /** The item's key as sent, so the phone can match the answer even when the item could not be read. */
    static String key(JsonNode node) {
        JsonNode key = node == null ? null : node.get("idempotencyKey");
        return key != null && key.isTextual() ? key.asText() : null;
    }

    /** The item's form as sent, for the audit trail. */
    static String formId(JsonNode node) {
        JsonNode form = node == null ? null : node.get("formId");
        return form != null && form.isTextual() ? form.asText() : null;
    }
}
