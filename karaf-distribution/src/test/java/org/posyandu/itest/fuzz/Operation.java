package org.posyandu.itest.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation the running platform serves, as its {@code /openapi.json} describes it, so an endpoint added
 * later is fuzzed without touching the test.
 *
 * @param method     HTTP method, upper case
 * @param template   path under {@code /api/v1}, e.g. {@code /posyandu/{id}}
 * @param query      names of its query parameters
 * @param bodySchema the JSON schema of its request body (references resolved), or {@code null} without a body
 */
public record Operation(String method, String template, List<String> query, JsonNode bodySchema) {
    public boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD");
    }

    @Override
    public String toString() {
        return method + " " + template;
    }

    /** Every operation of the document, in its order. */
    public static List<Operation> all(JsonNode openApi) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                List<String> query = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    if ("query".equals(p.path("in").asText())) {
                        query.add(p.path("name").asText());
                    }
                }
                JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                operations.add(new Operation(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), query,
                        schema.isMissingNode() ? null : resolve(openApi, schema, 0)));
            }
        }
        return operations;
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema, int depth) {
        JsonNode s = schema;
        if (s.has("$ref") && depth < 4) {
            String[] parts = s.path("$ref").asText().substring(2).split("/");
            s = doc;
            for (String part : parts) {
                s = s.path(part);
            }
        }
        if (!(s instanceof com.fasterxml.jackson.databind.node.ObjectNode obj)) {
            return s;
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy = obj.deepCopy();
        if (copy.has("properties") && depth < 4) {
            com.fasterxml.jackson.databind.node.ObjectNode props = copy.putObject("properties");
            obj.path("properties").fields().forEachRemaining(e -> props.set(e.getKey(), resolve(doc, e.getValue(), depth + 1)));
        }
        if (copy.has("items") && depth < 4) {
            copy.set("items", resolve(doc, obj.path("items"), depth + 1));
        }
        return copy;
    }
}
