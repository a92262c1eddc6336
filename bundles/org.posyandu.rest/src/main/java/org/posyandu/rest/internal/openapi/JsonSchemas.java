package org.posyandu.rest.internal.openapi;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * OpenAPI 3.0 schemas of the Java types the resources read and write, as the API's Jackson mapper renders them:
 * records become objects with one property per component (named in {@code components/schemas}, so recursive
 * and shared types appear once), enums strings with their values, {@code LocalDate} a
 * {@code date}, {@code Instant} a {@code date-time}, collections arrays, maps objects. Anything else (a
 * {@code JsonNode}, an {@code Object}) is left open: any JSON value.
 */
final class JsonSchemas {
    private final Map<String, Object> named = new TreeMap<>();

    /** The schemas referenced so far, for {@code components/schemas}. */
    Map<String, Object> components() {
        return named;
    }

    Map<String, Object> of(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return map("type", "array", "items", of(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map("type", "object", "additionalProperties", of(args[1]));
            }
            return of(raw);
        }
        if (type instanceof WildcardType w) {
            return of(w.getUpperBounds()[0]);
        }
        if (type instanceof GenericArrayType a) {
            return map("type", "array", "items", of(a.getGenericComponentType()));
        }
        return type instanceof Class<?> c ? of(c) : new LinkedHashMap<>();
    }

    private Map<String, Object> of(Class<?> c) {
        if (c == String.class || c == char.class || c == Character.class) {
            return map("type", "string");
        }
        if (c == boolean.class || c == Boolean.class) {
            return map("type", "boolean");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return map("type", "integer", "format", "int32");
        }
        if (c == long.class || c == Long.class || c == BigInteger.class) {
            return map("type", "integer", "format", "int64");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class || c == BigDecimal.class) {
            return map("type", "number");
        }
        if (c == LocalDate.class) {
            return map("type", "string", "format", "date");
        }
        if (c == Instant.class || c == OffsetDateTime.class) {
            return map("type", "string", "format", "date-time");
        }
        if (c == YearMonth.class) {
            return map("type", "string", "pattern", "^\\d{4}-\\d{2}$");
        }
        if (c.isEnum()) {
            return map("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
        }
        if (c.isArray()) {
            return map("type", "array", "items", of(c.getComponentType()));
        }
        if (Collection.class.isAssignableFrom(c)) {
            return map("type", "array", "items", new LinkedHashMap<>());
        }
        if (Map.class.isAssignableFrom(c)) {
            return map("type", "object");
        }
        if (c.isRecord()) {
            return reference(c);
        }
        return new LinkedHashMap<>();
    }

    private Map<String, Object> reference(Class<?> record) {
        // nested records keep their outer class (AntropometriResource.Input): simple names alone would clash
        String name = record.getName().substring(record.getName().lastIndexOf('.') + 1).replace('$', '.');
        if (!named.containsKey(name)) {
            named.put(name, Map.of()); // placeholder first: a record that contains itself refers to this entry
            Map<String, Object> properties = new LinkedHashMap<>();
            for (RecordComponent rc : record.getRecordComponents()) {
                properties.put(rc.getName(), of(rc.getGenericType()));
            }
            named.put(name, map("type", "object", "properties", properties));
        }
        return map("$ref", "#/components/schemas/" + name);
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
