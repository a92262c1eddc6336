package org.posyandu.spm.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.posyandu.api.error.Errors;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.kader.BidangSpm;
import org.posyandu.api.spm.Choice;
import org.posyandu.api.spm.FieldDefinition;
import org.posyandu.api.spm.FieldType;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.FormExample;
import org.posyandu.api.spm.FormSchema;
import org.posyandu.api.spm.FormValidator;
import org.posyandu.api.spm.MenuDefinition;
import org.posyandu.api.spm.ModuleDescriptor;
import org.posyandu.api.spm.SpmModule;
import org.posyandu.api.spm.SubmissionContext;

/**
 * The contract every SPM module passes, from its own unit tests:
 * <pre>
 * &#64;Test void honoursTheContract() { ModuleContract.verify(new MyModule()); }
 * </pre>
 * It checks the descriptor (ids, names in both languages, SPM field, menus, forms, fields, choices, ranges,
 * conditions), the JSON Schema of every form, who each form may be about ({@link EligibilityContract}), that
 * every valid example passes the platform's field rules and the module's own rules, that every invalid example is refused naming exactly its fields, and that the
 * module's migrations ({@code db/migration/<id>/V*.sql} on the class path) create every table and column on
 * a real (in-memory) Derby, the platform's default database.
 */
public final class ModuleContract {
    private static final Pattern MODULE_ID = Pattern.compile("[a-z][a-z0-9-]{1,38}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");
    private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]{1,60}");
    private static final List<String> STANDARD_COLUMNS = List.of("id", "posyandu_id", "warga_id", "tanggal",
            "periode", "form_versi", "dibuat", "dibuat_oleh");
    /** A fixed "today" for examples, so they do not age into the future-date rule. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private ModuleContract() {
    }

    /** Every check below. */
    public static void verify(SpmModule module) throws Exception {
        ModuleDescriptor d = module.descriptor();
        verifyDescriptor(d);
        for (FormDefinition f : d.forms().toList()) {
            verifySchema(f);
            verifyExamples(module, f);
        }
        EligibilityContract.verify(module);
        verifyMigrations(module);
    }

    public static void verifyDescriptor(ModuleDescriptor d) {
        assertTrue(MODULE_ID.matcher(d.id()).matches(), "module id " + d.id());
        assertTrue(BidangSpm.byId(d.bidang()).isPresent(), "bidang " + d.bidang() + " is an SPM field id");
        text(d.nama(), "module name (id)");
        text(d.namaEn(), "module name (en)");
        text(d.versi(), "module version");
        assertFalse(d.menus().isEmpty(), d.id() + " has menus");
        Set<String> menuIds = new HashSet<>();
        Set<String> formIds = new HashSet<>();
        Set<String> tables = new HashSet<>();
        for (MenuDefinition m : d.menus()) {
            assertTrue(MODULE_ID.matcher(m.id()).matches(), "menu id " + m.id());
            assertTrue(menuIds.add(m.id()), "menu ids are unique: " + m.id());
            text(m.nama(), "menu " + m.id() + " name");
            text(m.namaEn(), "menu " + m.id() + " name (en)");
            text(m.deskripsi(), "menu " + m.id() + " description");
            assertFalse(m.forms().isEmpty(), "menu " + m.id() + " has forms");
            for (FormDefinition f : m.forms()) {
                assertTrue(f.id().startsWith(d.id() + ".") && MODULE_ID.matcher(f.id().substring(d.id().length() + 1))
                        .matches(), "form id " + f.id() + " is <module>.<form>");
                assertTrue(formIds.add(f.id()), "form ids are unique: " + f.id());
                assertTrue(f.version() >= 1, f.id() + " version");
                assertTrue(TABLE.matcher(f.table()).matches(), f.id() + " table " + f.table());
                assertTrue(tables.add(f.table()), "one table per form: " + f.table());
                text(f.title(), f.id() + " title");
                text(f.titleEn(), f.id() + " title (en)");
                assertNotNull(f.subject(), f.id() + " subject");
                verifyFields(f);
            }
        }
        d.indicators().forEach(i -> {
            text(i.id(), "indicator id");
            text(i.nama(), "indicator " + i.id() + " name");
            text(i.definisi(), "indicator " + i.id() + " definition");
        });
    }

    private static void verifyFields(FormDefinition f) {
        assertFalse(f.fields().isEmpty(), f.id() + " has fields");
        Map<String, FieldDefinition> earlier = new LinkedHashMap<>();
        for (FieldDefinition field : f.fields()) {
            String where = f.id() + "." + field.name();
            assertTrue(NAME.matcher(field.name()).matches(), where + " is camelCase");
            assertFalse(STANDARD_COLUMNS.contains(field.column()), where + " clashes with a standard column");
            assertTrue(earlier.put(field.name(), field) == null, where + " is unique");
            text(field.label(), where + " label");
            text(field.labelEn(), where + " label (en)");
            if (field.type() == FieldType.CHOICE || field.type() == FieldType.MULTI_CHOICE) {
                assertFalse(field.choices().isEmpty(), where + " has choices");
                Set<String> values = new HashSet<>();
                for (Choice c : field.choices()) {
                    assertTrue(values.add(c.value()), where + " choice values are unique: " + c.value());
                    assertTrue(!c.value().contains(","), where + " choice values have no comma (stored joined)");
                    text(c.label(), where + " choice " + c.value() + " label");
                    text(c.labelEn(), where + " choice " + c.value() + " label (en)");
                }
            } else {
                assertTrue(field.choices().isEmpty(), where + " has choices but is not a choice field");
            }
            if (field.min() != null && field.max() != null) {
                assertTrue(field.min().compareTo(field.max()) <= 0, where + " min <= max");
            }
            if (field.type() == FieldType.TEXT) {
                assertTrue(field.maxLength() > 0 && field.maxLength() <= 1000, where + " maxLength 1..1000");
            }
            if (field.visibleWhen() != null) {
                FieldDefinition on = earlier.get(field.visibleWhen().field());
                assertNotNull(on, where + " depends on an earlier field: " + field.visibleWhen().field());
                for (Object v : field.visibleWhen().values()) {
                    boolean fits = switch (on.type()) {
                        case BOOLEAN -> v instanceof Boolean;
                        case CHOICE, MULTI_CHOICE -> v instanceof String s && on.hasChoice(s);
                        default -> false;
                    };
                    assertTrue(fits, where + " condition value " + v + " fits " + on.name());
                }
            }
        }
    }

    public static void verifySchema(FormDefinition f) {
        Map<String, Object> schema = FormSchema.of(f);
        assertEquals(FormSchema.DIALECT, schema.get("$schema"), f.id());
        assertEquals("object", schema.get("type"));
        assertEquals(false, schema.get("additionalProperties"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
        assertEquals(f.fields().stream().map(FieldDefinition::name).toList(), new ArrayList<>(properties.keySet()));
        properties.forEach((name, p) -> {
            assertNotNull(p.get("type"), f.id() + "." + name + " has a type");
            text((String) p.get("title"), f.id() + "." + name + " has an Indonesian title");
        });
        @SuppressWarnings("unchecked")
        List<String> required = (List<String>) schema.get("required");
        assertTrue(properties.keySet().containsAll(required), f.id() + " required names are properties");
        // an independent 2020-12 implementation: the schema is valid, and accepts every valid example
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode node = json.valueToTree(schema);
        com.networknt.schema.JsonSchemaFactory factory = com.networknt.schema.JsonSchemaFactory
                .getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012);
        var metaschema = factory.getSchema(com.networknt.schema.SchemaLocation.of(FormSchema.DIALECT));
        assertEquals(Set.of(), messages(metaschema.validate(node)), f.id() + " schema is valid JSON Schema 2020-12");
        var compiled = factory.getSchema(node);
        for (FormExample e : f.examples()) {
            if (e.invalidFields().isEmpty()) {
                assertEquals(Set.of(), messages(compiled.validate(json.valueToTree(e.data()))),
                        f.id() + " schema accepts example '" + e.name() + "'");
            }
        }
    }

    private static Set<String> messages(Set<com.networknt.schema.ValidationMessage> found) {
        Set<String> result = new TreeSet<>();
        found.forEach(m -> result.add(m.getMessage()));
        return result;
    }

    public static void verifyExamples(SpmModule module, FormDefinition f) {
        assertTrue(f.examples().stream().anyMatch(e -> e.invalidFields().isEmpty()), f.id() + " has a valid example");
        assertTrue(f.examples().stream().anyMatch(e -> !e.invalidFields().isEmpty()),
                f.id() + " has an invalid example");
        for (FormExample e : f.examples()) {
            Set<String> named = refusedFields(module, f, e.data());
            assertEquals(new TreeSet<>(e.invalidFields()), named, f.id() + " example '" + e.name() + "'");
        }
    }

    /** The fields the platform would name refusing {@code data} (empty when it is accepted). */
    public static Set<String> refusedFields(SpmModule module, FormDefinition f, Map<String, Object> data) {
        FormValidator.Result r = FormValidator.validate(f, data, TODAY);
        Set<String> named = new TreeSet<>();
        r.errors().stream().map(FieldError::field).forEach(named::add);
        if (named.isEmpty()) {
            Errors errors = new Errors();
            SubmissionContext context = new SubmissionContext(UUID.randomUUID().toString(), "16.71.17.1003", TODAY, null);
            module.validate(f, r.values(), context, errors);
            errors.list().stream().map(FieldError::field).forEach(named::add);
            if (named.isEmpty()) {
                Map<String, Object> derived = module.derive(f, r.values(), context);
                derived.keySet().forEach(k -> assertTrue(f.field(k).map(FieldDefinition::computed).orElse(false),
                        f.id() + " derives '" + k + "', which must be a field marked derived()"));
            }
        }
        return named;
    }

    /** Runs the module's migrations on a fresh in-memory Derby and checks every form's table and columns. */
    public static void verifyMigrations(SpmModule module) throws IOException, SQLException {
        ModuleDescriptor d = module.descriptor();
        String url = "jdbc:derby:memory:contract-" + UUID.randomUUID() + ";create=true";
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            // what a module's tables may reference in the platform
            st.execute("CREATE TABLE posyandu (id CHAR(36) NOT NULL PRIMARY KEY)");
            st.execute("CREATE TABLE warga (id CHAR(36) NOT NULL PRIMARY KEY)");
            List<String> scripts = scripts(module.getClass(), d.id());
            assertFalse(scripts.isEmpty(), "db/migration/" + d.id() + "/V1__*.sql on the class path");
            for (String script : scripts) {
                // the platform's rule: comment lines are skipped, a statement ends with a line ending in ';'
                StringBuilder sql = new StringBuilder();
                for (String line : script.split("\\R")) {
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                        continue;
                    }
                    sql.append(line).append('\n');
                    if (trimmed.endsWith(";")) {
                        st.execute(sql.substring(0, sql.lastIndexOf(";")));
                        sql.setLength(0);
                    }
                }
                assertTrue(sql.toString().isBlank(), "the last statement of a migration ends with ';'");
            }
            for (FormDefinition f : d.forms().toList()) {
                Set<String> columns = new HashSet<>();
                try (ResultSet rs = c.getMetaData().getColumns(null, null, f.table().toUpperCase(Locale.ROOT), null)) {
                    while (rs.next()) {
                        columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                assertFalse(columns.isEmpty(), "table " + f.table() + " of " + f.id() + " is created");
                List<String> missing = new ArrayList<>(STANDARD_COLUMNS);
                f.fields().stream().map(FieldDefinition::column).forEach(missing::add);
                missing.removeIf(columns::contains);
                assertEquals(List.of(), missing, "columns of " + f.table());
            }
        }
    }

    /** The module's {@code V<n>__*.sql} scripts from its (test) class path, in version order. */
    private static List<String> scripts(Class<?> anchor, String moduleId) throws IOException {
        java.net.URL folder = anchor.getClassLoader().getResource("db/migration/" + moduleId);
        if (folder == null || !"file".equals(folder.getProtocol())) {
            return List.of();
        }
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        Map<Integer, String> byVersion = new java.util.TreeMap<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(java.net.URI.create(folder.toString())))) {
            for (java.nio.file.Path p : files.toList()) {
                var m = name.matcher(p.getFileName().toString());
                if (m.matches()) {
                    try (InputStream in = java.nio.file.Files.newInputStream(p)) {
                        byVersion.put(Integer.parseInt(m.group(1)), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return new ArrayList<>(byVersion.values());
    }

    private static void text(String s, String what) {
        if (s == null || s.isBlank()) {
            fail(what + " must not be blank");
        }
    }
}
