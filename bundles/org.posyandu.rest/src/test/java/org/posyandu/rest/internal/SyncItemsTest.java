package org.posyandu.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.posyandu.rest.internal.error.Problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every item of a sync batch is read on its own: one unreadable item is its own 422, the others go on. */
class SyncItemsTest {
    private static final ObjectMapper MAPPER = JacksonProvider.mapper();
    private static final String KEY = "0b8e6c3e-6f1a-4f4b-9a51-5f1c2c4e8d11";

    private static JsonNode batch(String items) throws Exception {
        return MAPPER.readValue("{\"submissions\":[" + items + "]}", SyncResource.SyncRequest.class).submissions()
                .stream().collect(MAPPER::createArrayNode, (a, n) -> a.add(n), (a, b) -> a.addAll(b));
    }

    private static String item(String tanggal, String data) {
        return "{\"idempotencyKey\":\"" + KEY + "\",\"posyanduId\":\"p\",\"formId\":\"kesehatan.penimbangan\","
                + "\"wargaId\":\"w\",\"tanggal\":\"" + tanggal + "\",\"data\":" + data + "}";
    }

    @Test
    void anImpossibleDateFailsOnlyItsOwnItemNamingTanggal() throws Exception {
        JsonNode items = batch(item("2026-13-01", "{}") + "," + item("2026-11-01", "{\"beratKg\":7.5}"));
        SyncItems.Read bad = SyncItems.read(items.get(0), 0);
        assertNull(bad.item());
        Problem p = bad.problem();
        assertEquals(422, p.status());
        assertEquals("urn:posyandu:problem:validation", p.type());
        assertEquals(List.of("tanggal date"), p.errors().stream().map(e -> e.field() + " " + e.rule()).toList());
        assertEquals(KEY, SyncItems.key(items.get(0)));
        assertEquals("kesehatan.penimbangan", SyncItems.formId(items.get(0)));

        SyncItems.Read good = SyncItems.read(items.get(1), 1);
        assertNull(good.problem());
        assertEquals(LocalDate.of(2026, 11, 1), good.item().input().tanggal());
        assertEquals(KEY, good.item().idempotencyKey());
        assertEquals(7.5, ((Number) good.item().input().data().get("beratKg")).doubleValue());
    }

    @Test
    void wrongShapesAndUnknownFieldsAreTheItemsOwnProblem() throws Exception {
        JsonNode items = batch("42, {\"idempotencyKey\":\"" + KEY + "\",\"formulir\":\"x\"}, {\"data\":\"teks\"}, null");
        assertEquals(List.of("submissions[0] type"), rules(SyncItems.read(items.get(0), 0).problem()));
        assertEquals(List.of("formulir unknownField"), rules(SyncItems.read(items.get(1), 1).problem()));
        assertEquals(List.of("data type"), rules(SyncItems.read(items.get(2), 2).problem()));
        // a null item has no key: the submission service answers it (422 Idempotency-Key required)
        assertNull(SyncItems.read(items.get(3), 3).problem());
        assertNull(SyncItems.key(items.get(0)));
    }

    @Test
    void numbersBeyondADoubleReachTheFormRulesInsteadOfFailingTheBatch() throws Exception {
        JsonNode items = batch(item("2026-11-01", "{\"beratKg\":1e400}") + "," + item("2026-11-01", "{\"beratKg\":-1e400}"));
        assertEquals(Double.POSITIVE_INFINITY, SyncItems.read(items.get(0), 0).item().input().data().get("beratKg"));
        assertEquals(Double.NEGATIVE_INFINITY, SyncItems.read(items.get(1), 1).item().input().data().get("beratKg"));
    }

    private static List<String> rules(Problem p) {
        return p.errors().stream().map(e -> e.field() + " " + e.rule()).toList();
    }
}
