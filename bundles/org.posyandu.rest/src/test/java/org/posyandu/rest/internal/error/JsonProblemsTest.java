package org.posyandu.rest.internal.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.posyandu.rest.internal.JacksonProviderAccess;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading failures become problems that name the field, with the API's own mapper configuration. */
class JsonProblemsTest {
    enum Level { A, B }

    record Inner(LocalDate tanggal) {
    }

    record Input(String nama, Integer tahun, Level level, List<Inner> items) {
    }

    private final ObjectMapper mapper = JacksonProviderAccess.mapper();

    @Test
    void unknownFieldIsNamed() {
        Problem p = problem("{\"nama\":\"x\",\"ketua\":\"Ani\"}");
        assertEquals(422, p.status());
        assertEquals("ketua", p.errors().get(0).field());
        assertEquals("unknownField", p.errors().get(0).rule());
    }

    @Test
    void wrongEnumListsTheChoices() {
        Problem p = problem("{\"level\":\"C\"}");
        assertEquals("level", p.errors().get(0).field());
        assertTrue(p.errors().get(0).message().contains("A, B"));
    }

    @Test
    void nestedBadDateNamesItsPath() {
        Problem p = problem("{\"items\":[{\"tanggal\":\"2024-02-30\"}]}");
        assertEquals("items[0].tanggal", p.errors().get(0).field());
        assertEquals("date", p.errors().get(0).rule());
    }

    @Test
    void textWhereANumberBelongsIsATypeError() {
        Problem p = problem("{\"tahun\":\"dua ribu\"}");
        assertEquals("tahun", p.errors().get(0).field());
    }

    @Test
    void brokenJsonIsA400WithItsPosition() {
        Problem p = problem("{\"nama\":");
        assertEquals(400, p.status());
        assertTrue(p.detailEn().contains("line 1"));
    }

    @Test
    void scalarsAreNotCoercedSilently() {
        // a number where text belongs must not become "2024" without anyone noticing
        Problem p = problem("{\"nama\":2024}");
        assertEquals(422, p.status());
        assertEquals("nama", p.errors().get(0).field());
        assertEquals("type", p.errors().get(0).rule());
    }

    private Problem problem(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> mapper.readValue(json, Input.class));
        return JsonProblems.of(e);
    }
}
