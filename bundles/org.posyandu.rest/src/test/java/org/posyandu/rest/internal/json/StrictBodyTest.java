package org.posyandu.rest.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.posyandu.api.error.FieldError;
import org.posyandu.rest.internal.JacksonProviderAccess;
import org.posyandu.rest.internal.error.JsonProblems;
import org.posyandu.rest.internal.error.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The text, boolean, date and duplicate-key rules every request body is held to (issue 15, item 6): each case was
 * stored as sent before, and is now a 422 naming the field.
 */
class StrictBodyTest {
    record Item(String nama, LocalDate tanggal) {
    }

    record Input(String nama, Boolean aktif, Integer jumlah, Double berat, LocalDate tanggalMulai, List<Item> items,
            Map<String, Object> data) {
    }

    private final ObjectMapper mapper = JacksonProviderAccess.mapper();

    @Test
    void aBooleanMustBeAJsonBoolean() {
        for (String value : new String[] { "\"   \"", "\"\"", "\"true\"", "1", "\"yes\"" }) {
            FieldError e = error("{\"aktif\":" + value + "}");
            assertEquals("aktif", e.field(), value);
            assertEquals("type", e.rule(), value);
        }
    }

    @Test
    void aNumberMustBeAJsonNumber() {
        for (String value : new String[] { "\"   \"", "\"\"", "\"12\"" }) {
            assertEquals("jumlah", error("{\"jumlah\":" + value + "}").field(), value);
            assertEquals("berat", error("{\"berat\":" + value + "}").field(), value);
        }
    }

    @Test
    void aDuplicateKeyIsRefusedNamingIt() {
        FieldError e = error("{\"nama\":\"A\",\"nama\":\"B\"}");
        assertEquals("nama", e.field());
        assertEquals("duplicateKey", e.rule());
        assertEquals("items[1].nama", error("{\"items\":[{\"nama\":\"A\"},{\"nama\":\"A\",\"nama\":\"B\"}]}").field());
        assertEquals("data.berat", error("{\"data\":{\"berat\":1,\"berat\":2}}").field());
    }

    @Test
    void controlCharactersAreRefusedInEveryStringField() {
        for (String bad : new String[] { "\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085" }) {
            FieldError e = error("{\"nama\":\"Ma" + bad + "war\"}");
            assertEquals("nama", e.field(), bad);
            assertEquals("text.control", e.rule(), bad);
        }
        assertEquals("items[0].nama", error("{\"items\":[{\"nama\":\"a\\u0000\"}]}").field());
        assertEquals("data.catatan", error("{\"data\":{\"catatan\":\"a\\u0000\"}}").field());
        assertEquals("data.a\u0000", error("{\"data\":{\"a\\u0000\":1}}").field());
    }

    @Test
    void tabsAndNewlinesAndPairedSurrogatesStay() throws Exception {
        Input in = mapper.readValue("{\"nama\":\"a\\tb\\nc\\r\\uD83D\\uDE00 é\"}", Input.class);
        assertEquals("a\tb\nc\r\uD83D\uDE00 é", in.nama());
    }

    @Test
    void loneSurrogatesAreRefused() {
        for (String bad : new String[] { "\\uD800", "\\uDC00", "\\uD800x", "x\\uDFFF\\uD800" }) {
            FieldError e = error("{\"nama\":\"" + bad + "\"}");
            assertEquals("nama", e.field(), bad);
            assertEquals("text.surrogate", e.rule(), bad);
        }
    }

    @Test
    void treesAreCheckedToo() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> mapper.readValue("{\"items\":[{\"data\":{\"x\":\"\\u0000\"}}]}", JsonNode.class));
        assertEquals("items[0].data.x", JsonProblems.of(e).errors().get(0).field());
    }

    @Test
    void datesMustBePlausible() {
        for (String date : new String[] { "-0001-01-01", "+10000-01-01", "0000-01-01", "1899-12-31", "2101-01-01" }) {
            FieldError e = error("{\"tanggalMulai\":\"" + date + "\"}");
            assertEquals("tanggalMulai", e.field(), date);
            assertEquals("date.range", e.rule(), date);
        }
        assertEquals("items[0].tanggal", error("{\"items\":[{\"tanggal\":\"-0001-01-01\"}]}").field());
        FieldError empty = error("{\"tanggalMulai\":\"\"}");
        assertEquals("tanggalMulai", empty.field());
    }

    @Test
    void plausibleDatesAreRead() throws Exception {
        assertEquals(LocalDate.of(1900, 1, 1),
                mapper.readValue("{\"tanggalMulai\":\"1900-01-01\"}", Input.class).tanggalMulai());
        assertEquals(LocalDate.of(2100, 12, 31),
                mapper.readValue("{\"tanggalMulai\":\"2100-12-31\"}", Input.class).tanggalMulai());
    }

    private FieldError error(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> mapper.readValue(json, Input.class), json);
        Problem p = JsonProblems.of(e);
        assertEquals(422, p.status(), json);
        assertEquals(1, p.errors().size(), json);
        return p.errors().get(0);
    }
}
