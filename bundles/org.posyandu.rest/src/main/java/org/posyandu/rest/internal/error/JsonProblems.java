package org.posyandu.rest.internal.error;

import java.util.List;
import java.util.stream.Collectors;

import org.posyandu.api.error.FieldError;
import org.posyandu.rest.internal.json.PlausibleDates;
import org.posyandu.rest.internal.json.TextRuleException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns Jackson's reading failures into problems that name the field, without echoing internals. */
public final class JsonProblems {
    private JsonProblems() {
    }

    public static Problem of(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TextRuleException text) {
                return invalid(new FieldError(text.field(), text.rule().id, text.rule().message, text.rule().messageEn));
            }
        }
        if (e instanceof JsonMappingException mapping && !(e instanceof JsonParseException)) {
            String field = path(mapping);
            return invalid(fieldError(mapping, field));
        }
        long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        return Problem.of(400, "malformed-json", "JSON tidak dapat dibaca", "Malformed JSON",
                "Isi permintaan bukan JSON yang benar (baris " + line + ", kolom " + column + ").",
                "The request body is not well-formed JSON (line " + line + ", column " + column + ").", List.of());
    }

    private static Problem invalid(FieldError error) {
        return Problem.of(422, "validation", "Data tidak valid", "Invalid data",
                "Periksa kembali isian yang ditandai.", "Check the marked fields.", List.of(error));
    }

    private static FieldError fieldError(JsonMappingException e, String field) {
        if (e instanceof UnrecognizedPropertyException) {
            return new FieldError(field, "unknownField", "Isian '" + field + "' tidak dikenal.",
                    "Unknown field '" + field + "'.");
        }
        if (e instanceof PlausibleDates.ImplausibleDateException) {
            return new FieldError(field, "date.range",
                    "Tahun harus dari " + PlausibleDates.FIRST_YEAR + " sampai " + PlausibleDates.LAST_YEAR + ".",
                    "The year must be from " + PlausibleDates.FIRST_YEAR + " to " + PlausibleDates.LAST_YEAR + ".");
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                String allowed = java.util.Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
                return new FieldError(field, "enum", "Nilai tidak dikenal; pilihan: " + allowed + ".",
                        "Unknown value; allowed: " + allowed + ".");
            }
            if (target != null && target.getName().startsWith("java.time")) {
                return new FieldError(field, "date", "Tanggal harus berformat YYYY-MM-DD dan benar ada.",
                        "Dates must be YYYY-MM-DD and exist.");
            }
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            String type = simpleType(mismatched.getTargetType());
            return new FieldError(field, "type", "Jenis nilai salah; diharapkan " + type + ".",
                    "Wrong value type; expected " + type + ".");
        }
        return new FieldError(field, "type", "Nilai tidak dapat dibaca.", "The value cannot be read.");
    }

    private static String simpleType(Class<?> type) {
        if (type == String.class) {
            return "teks/text";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "angka/number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true/false";
        }
        if (type.getName().startsWith("java.time")) {
            return "tanggal/date YYYY-MM-DD";
        }
        return "objek/object";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
