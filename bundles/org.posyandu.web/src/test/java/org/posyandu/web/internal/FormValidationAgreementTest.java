package org.posyandu.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.spm.FieldDefinition;
import org.posyandu.api.spm.FieldType;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.FormExample;
import org.posyandu.api.spm.FormSchema;
import org.posyandu.api.spm.FormValidator;
import org.posyandu.api.spm.SpmModule;

/**
 * The phone checks a form by the same field rules as the server: for every form of the six modules, its examples
 * and a set of broken variants (each field missing, below its minimum, above its maximum, of the wrong type, a
 * choice that does not exist, text too long, a date in the future or not a date), the app's schema.js, reading
 * only the JSON Schema the server serves, names the same fields with the same Indonesian messages as
 * FormValidator; and whatever the phone accepts, the server's field rules accept too.
 */
class FormValidationAgreementTest {
    private static final List<String> MODULES = List.of("org.posyandu.spm.kesehatan.internal.KesehatanModule",
            "org.posyandu.spm.sosial.internal.SosialModule", "org.posyandu.spm.pendidikan.internal.PendidikanModule",
            "org.posyandu.spm.pu.internal.PekerjaanUmumModule", "org.posyandu.spm.perumahan.internal.PerumahanModule",
            "org.posyandu.spm.trantibumlinmas.internal.TrantibumlinmasModule");
    private static final LocalDate TODAY = LocalDate.now();
    private static Js engine;
    private static Value schema;

    @BeforeAll
    static void load() {
        engine = new Js();
        schema = engine.module("schema.js", "fieldsOf", "validate", "applies", "parseNumber");
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static List<FormDefinition> forms() throws ReflectiveOperationException {
        List<FormDefinition> forms = new ArrayList<>();
        for (String name : MODULES) {
            SpmModule module = (SpmModule) Class.forName(name).getDeclaredConstructor().newInstance();
            module.descriptor().forms().forEach(forms::add);
        }
        return forms;
    }

    /** Inputs a kader can produce: the examples, then each field broken in turn on the first valid example. */
    private static List<Map<String, Object>> inputs(FormDefinition form) {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, Object> base = form.examples().stream().filter(e -> e.invalidFields().isEmpty())
                .map(FormExample::data).findFirst().orElse(Map.of());
        form.examples().forEach(e -> out.add(e.data()));
        out.add(Map.of());
        for (FieldDefinition f : form.fields()) {
            if (f.computed()) {
                continue;
            }
            List<Object> broken = new ArrayList<>();
            broken.add(null);
            switch (f.type()) {
                case INTEGER, DECIMAL -> {
                    if (f.min() != null) {
                        broken.add(f.min().subtract(java.math.BigDecimal.ONE).doubleValue());
                        broken.add(f.min().doubleValue());
                    }
                    if (f.max() != null) {
                        broken.add(f.max().add(java.math.BigDecimal.ONE).doubleValue());
                        broken.add(f.max().doubleValue());
                    }
                    if (f.type() == FieldType.INTEGER) {
                        broken.add(1.5);
                    }
                    broken.add("dua");
                }
                case TEXT -> broken.add("x".repeat(f.maxLength() + 1));
                case CHOICE -> broken.add("tidak-ada");
                case MULTI_CHOICE -> broken.add(List.of("tidak-ada"));
                case DATE -> {
                    broken.add("2026-13-01");
                    broken.add(TODAY.plusDays(3).toString());
                    broken.add(TODAY.toString());
                }
                case BOOLEAN -> broken.add("ya");
                default -> {
                }
            }
            for (Object value : broken) {
                Map<String, Object> input = new LinkedHashMap<>(base);
                if (value == null) {
                    input.remove(f.name());
                } else {
                    input.put(f.name(), value);
                }
                out.add(input);
            }
        }
        return out;
    }

    /** What the UI can send: never a computed field or a field whose condition does not hold. */
    private static boolean producible(FormDefinition form, Map<String, Object> input) {
        Map<String, Object> typed = FormValidator.validate(form, input, TODAY).values();
        for (String key : input.keySet()) {
            FieldDefinition f = form.field(key).orElse(null);
            if (f == null || f.computed() || (f.visibleWhen() != null && !FormValidator.holds(f.visibleWhen(), typed))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> serverErrors(FormDefinition form, Map<String, ?> input) {
        Map<String, String> errors = new TreeMap<>();
        for (FieldError e : FormValidator.validate(form, input, TODAY).errors()) {
            errors.putIfAbsent(e.field(), e.message());
        }
        return errors;
    }

    @Test
    void thePhoneNamesTheSameFieldsWithTheSameMessagesAsTheServer() throws ReflectiveOperationException {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (FormDefinition form : forms()) {
            Value fields = schema.getMember("fieldsOf").execute(engine.json(FormSchema.of(form)));
            for (Map<String, Object> input : inputs(form)) {
                if (!producible(form, input)) {
                    continue;
                }
                Value phone = schema.getMember("validate").execute(fields, engine.json(input), TODAY.toString());
                Map<String, String> phoneErrors = new TreeMap<>();
                Value errors = phone.getMember("errors");
                for (String key : errors.getMemberKeys()) {
                    phoneErrors.put(key, errors.getMember(key).asString());
                }
                Map<String, String> server = serverErrors(form, input);
                if (!server.equals(phoneErrors)) {
                    differences.add(form.id() + " " + input + ": server " + server + " phone " + phoneErrors);
                }
                if (phoneErrors.isEmpty()) {
                    Map<String, Object> sent = engine.toJava(phone.getMember("values"));
                    Map<String, String> check = serverErrors(form, sent);
                    if (!check.isEmpty()) {
                        differences.add(form.id() + " sent " + sent + " refused by the server: " + check);
                    }
                }
                compared++;
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(compared > 200, "inputs compared: " + compared);
    }
}
