package org.posyandu.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.posyandu.rest.internal.openapi.OpenApiDocument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The OpenAPI document as generated from real resource classes of the API, read back as JSON. */
class OpenApiDocumentTest {
    private static final ObjectMapper MAPPER = JacksonProvider.mapper();

    private static JsonNode document() throws Exception {
        Map<String, Object> doc = OpenApiDocument.of(List.of(SyncResource.class, PosyanduResource.class,
                HealthResource.class, FormsResource.class, WilayahResource.class), "/api/v1", "1.2.3");
        return MAPPER.readTree(MAPPER.writeValueAsString(doc));
    }

    @Test
    void pathsMethodsAndParametersComeFromTheAnnotations() throws Exception {
        JsonNode doc = document();
        assertEquals("3.0.3", doc.path("openapi").asText());
        assertEquals("/api/v1", doc.path("servers").get(0).path("url").asText());
        assertEquals("1.2.3", doc.path("info").path("version").asText());
        JsonNode one = doc.path("paths").path("/posyandu/{id}");
        assertEquals(List.of("get", "put"), names(one));
        JsonNode id = one.path("get").path("parameters").get(0);
        assertEquals("id path true", id.path("name").asText() + " " + id.path("in").asText() + " "
                + id.path("required").asBoolean());
        JsonNode submit = doc.path("paths").path("/posyandu/{id}/forms/{formId}/submissions").path("post");
        assertTrue(submit.path("parameters").toString().contains("\"name\":\"Idempotency-Key\",\"in\":\"header\""),
                submit.toString());
        assertEquals("#/components/schemas/SubmissionInput",
                submit.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText());
        assertEquals("#/components/schemas/Problem", submit.path("responses").path("default").path("content")
                .path("application/problem+json").path("schema").path("$ref").asText());
    }

    @Test
    void securityFollowsTheAccessDeclarations() throws Exception {
        JsonNode paths = document().path("paths");
        JsonNode sync = paths.path("/sync").path("post");
        assertEquals("[{\"bearer\":[]}]", sync.path("security").toString());
        assertEquals("KADER", sync.path("x-minimum-role").asText());
        assertEquals("ADMIN_DESA", paths.path("/posyandu").path("post").path("x-minimum-role").asText());
        assertEquals("[]", paths.path("/health").path("get").path("security").toString());
        assertEquals("[]", paths.path("/wilayah/{kode}").path("get").path("security").toString());
    }

    @Test
    void recordsBecomeNamedSchemasWithTheirComponents() throws Exception {
        JsonNode schemas = document().path("components").path("schemas");
        JsonNode posyandu = schemas.path("Posyandu").path("properties");
        assertEquals("string", posyandu.path("id").path("type").asText());
        assertEquals("date-time", posyandu.path("dibuat").path("format").asText());
        assertEquals("boolean", posyandu.path("aktif").path("type").asText());
        assertTrue(posyandu.path("strata").path("enum").toString().contains("MANDIRI"));
        JsonNode result = schemas.path("SyncResource.SyncResult").path("properties");
        assertEquals("integer", result.path("status").path("type").asText());
        assertEquals("#/components/schemas/Problem", result.path("problem").path("$ref").asText());
        assertEquals("date", schemas.path("SubmissionInput").path("properties").path("tanggal").path("format").asText());
        assertEquals("bearer", document().path("components").path("securitySchemes").path("bearer").path("scheme")
                .asText());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
