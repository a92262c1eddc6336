package org.posyandu.itest.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Request bodies: a plausible one made from a schema, and the hostile variants of it. */
public final class Bodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Not JSON, or JSON of the wrong shape altogether. */
    public static final List<String> MALFORMED = List.of("", "{", "[]", "null", "\"x\"", "{\"a\":}", "{\"a\":1}}",
            "{\"a\":NaN}", "{'a':1}", "\u0000", "{\"a\":\"\\u00\"}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]");

    /** JSON values no field should take as they are (raw JSON text). */
    public static final List<String> HOSTILE = List.of("1e400", "-1e400", "1e-400", "123456789012345678901234567890123",
            "-9223372036854775809", "\"NaN\"", "\"Infinity\"", "\"   \"", "\"\"", "true", "[]", "{}", "null", "-1", "0",
            "\"a\\u0000b\"", "\"a\\ud800b\"", "\"\\udc00\"", "\"a\\u001bb\"", "\"-0001-01-01\"", "\"+10000-01-01\"",
            "\"2024-02-30\"", "\"' OR 1=1 --\"", "\"" + "x".repeat(70_000) + "\"", "[1,2,3]", "{\"$ref\":\"x\"}");

    private Bodies() {
    }

    /** A body of the schema's shape with ordinary values (it may well be valid). */
    public static ObjectNode plausible(JsonNode schema) {
        JsonNode v = value(schema, "", 0);
        return v instanceof ObjectNode o ? o : JSON.createObjectNode();
    }

    private static JsonNode value(JsonNode schema, String name, int depth) {
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String type = schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        switch (type) {
            case "string":
                if (format.equals("date")) {
                    return JSON.getNodeFactory().textNode("2024-01-15");
                }
                if (format.equals("date-time")) {
                    return JSON.getNodeFactory().textNode("2024-01-15T08:00:00Z");
                }
                return JSON.getNodeFactory().textNode(name.toLowerCase().contains("kode") ? "16.71.17.1003" : "Uji fuzz");
            case "integer":
                return JSON.getNodeFactory().numberNode(1);
            case "number":
                return JSON.getNodeFactory().numberNode(1.5);
            case "boolean":
                return JSON.getNodeFactory().booleanNode(true);
            case "array":
                return JSON.createArrayNode();
            default:
                ObjectNode o = JSON.createObjectNode();
                if (depth < 3) {
                    for (Iterator<Map.Entry<String, JsonNode>> p = schema.path("properties").fields(); p.hasNext();) {
                        Map.Entry<String, JsonNode> e = p.next();
                        o.set(e.getKey(), value(e.getValue(), e.getKey(), depth + 1));
                    }
                }
                return o;
        }
    }

    /** {@code perField} hostile values for each top-level field (at most {@code maxFields}), chosen by the seed. */
    public static List<String> hostile(ObjectNode plausible, Random random, int perField, int maxFields) {
        List<String> bodies = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        plausible.fieldNames().forEachRemaining(fields::add);
        if (fields.isEmpty()) {
            fields.add("x"); // a body of no fields: an unknown one
        }
        for (String field : fields.subList(0, Math.min(maxFields, fields.size()))) {
            for (int i = 0; i < perField; i++) {
                bodies.add(with(plausible, field, HOSTILE.get(random.nextInt(HOSTILE.size()))));
            }
        }
        String first = fields.get(0);
        // the same key twice, the last one plausible: it must not win silently
        bodies.add(with(plausible, first, "\"dua kali\"").replaceFirst("\\{", "{\"" + first + "\":\"sekali\","));
        return bodies;
    }

    /** The body with one field's value replaced by raw JSON text. */
    static String with(ObjectNode plausible, String field, String rawValue) {
        ObjectNode copy = plausible.deepCopy();
        copy.remove(field);
        String rest = copy.toString();
        String entry = "\"" + field + "\":" + rawValue;
        return rest.equals("{}") ? "{" + entry + "}" : "{" + entry + "," + rest.substring(1);
    }
}
