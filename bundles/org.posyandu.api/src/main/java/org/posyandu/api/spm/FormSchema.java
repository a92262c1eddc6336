package org.posyandu.api.spm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form as JSON Schema 2020-12, for a generic client to render and pre-check: Indonesian labels in
 * {@code title}, English in {@code description}, units in {@code x-satuan}, choices as {@code oneOf} of
 * {@code const} + {@code title}, conditional fields as {@code if}/{@code then}/{@code else}. The server applies
 * the same rules with {@link FormValidator}. Pure; answers plain maps and lists.
 */
public final class FormSchema {
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private FormSchema() {
    }

    public static Map<String, Object> of(FormDefinition form) {
        return of(form, Eligibility.ANYONE);
    }

    /**
     * The form's schema with who it may be about as {@code x-sasaran} ({@link Eligibility#toJson()}), left out when
     * anyone may be.
     */
    public static Map<String, Object> of(FormDefinition form, Eligibility eligibility) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", DIALECT);
        schema.put("$id", "urn:posyandu:form:" + form.id() + ":" + form.version());
        schema.put("title", form.title());
        schema.put("description", form.titleEn());
        schema.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        List<Object> conditions = new ArrayList<>();
        for (FieldDefinition f : form.fields()) {
            properties.put(f.name(), property(f));
            if (f.computed()) {
                continue;
            }
            if (f.visibleWhen() == null) {
                if (f.required()) {
                    required.add(f.name());
                }
            } else {
                Map<String, Object> rule = new LinkedHashMap<>();
                rule.put("if", Map.of("properties", Map.of(f.visibleWhen().field(), matches(form, f.visibleWhen())),
                        "required", List.of(f.visibleWhen().field())));
                rule.put("then", f.required() ? Map.of("required", List.of(f.name())) : Map.of());
                rule.put("else", Map.of("not", Map.of("required", List.of(f.name()))));
                conditions.add(rule);
            }
        }
        schema.put("properties", properties);
        schema.put("required", required);
        if (!conditions.isEmpty()) {
            schema.put("allOf", conditions);
        }
        schema.put("additionalProperties", false);
        if (eligibility != null && !eligibility.isAnyone()) {
            schema.put("x-sasaran", eligibility.toJson());
        }
        return schema;
    }

    private static Map<String, Object> matches(FormDefinition form, Condition c) {
        boolean multi = form.field(c.field()).map(f -> f.type() == FieldType.MULTI_CHOICE).orElse(false);
        return multi ? Map.of("contains", Map.of("enum", c.values())) : Map.of("enum", c.values());
    }

    private static Map<String, Object> property(FieldDefinition f) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", f.label());
        p.put("description", f.labelEn());
        switch (f.type()) {
            case TEXT -> {
                p.put("type", "string");
                p.put("maxLength", f.maxLength());
            }
            case INTEGER -> p.put("type", "integer");
            case DECIMAL -> p.put("type", "number");
            case BOOLEAN -> p.put("type", "boolean");
            case DATE -> {
                p.put("type", "string");
                p.put("format", "date");
                if (f.notInFuture()) {
                    p.put("x-tidakDiMasaDepan", true);
                }
            }
            case CHOICE -> {
                p.put("type", "string");
                p.put("oneOf", options(f));
            }
            case MULTI_CHOICE -> {
                p.put("type", "array");
                p.put("uniqueItems", true);
                p.put("items", Map.of("type", "string", "oneOf", options(f)));
            }
            default -> throw new IllegalStateException(f.type().toString());
        }
        if (f.min() != null) {
            p.put("minimum", f.min());
        }
        if (f.max() != null) {
            p.put("maximum", f.max());
        }
        if (f.unit() != null) {
            p.put("x-satuan", f.unit());
        }
        if (f.help() != null) {
            p.put("x-bantuan", f.help());
        }
        if (f.computed()) {
            p.put("readOnly", true);
        }
        return p;
    }

    private static List<Object> options(FieldDefinition f) {
        List<Object> options = new ArrayList<>();
        for (Choice c : f.choices()) {
            options.add(Map.of("const", c.value(), "title", c.label(), "description", c.labelEn()));
        }
        return options;
    }
}
