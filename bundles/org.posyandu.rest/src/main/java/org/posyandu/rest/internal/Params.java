package org.posyandu.rest.internal;

import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ValidationException;
import org.posyandu.api.warga.NoKk;
import org.posyandu.api.wilayah.WilayahKode;

/**
 * Query parameters arrive as text and are checked here, so a bad one is a 422 naming the parameter instead
 * of the JAX-RS default (a bare 404 for an unparsable number).
 */
final class Params {
    private Params() {
    }

    static int intParam(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int v = Integer.parseInt(value.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ValidationException.of(new FieldError(name, "range",
                "Harus bilangan bulat dari " + min + " sampai " + max + ".",
                "Must be a whole number from " + min + " to " + max + "."));
    }

    static Boolean booleanParam(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ValidationException.of(new FieldError(name, "boolean", "Isi dengan true atau false.",
                    "Use true or false."));
        };
    }

    /** An optional choice from a fixed list, matched on its JSON name; anything else is a 422 listing the choices. */
    static <E extends Enum<E>> E choiceParam(String name, String value, E[] choices,
            java.util.function.Function<E, String> jsonName) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E choice : choices) {
            if (jsonName.apply(choice).equals(value.strip())) {
                return choice;
            }
        }
        String allowed = java.util.Arrays.stream(choices).map(jsonName).collect(java.util.stream.Collectors.joining(", "));
        throw ValidationException.of(new FieldError(name, "enum", "Pilihan: " + allowed + ".", "Allowed: " + allowed + "."));
    }

    /** An optional region code filter; must be a well-formed Kemendagri code of any level. */
    static String wilayahParam(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String kode = value.strip();
        if (!WilayahKode.isValid(kode)) {
            throw ValidationException.of(new FieldError(name, "wilayah.format",
                    "Kode wilayah harus berbentuk 16, 16.71, 16.71.17 atau 16.71.17.1003.",
                    "Region codes look like 16, 16.71, 16.71.17 or 16.71.17.1003."));
        }
        return kode;
    }

    /** An optional No KK filter; must be a well-formed family card number. */
    static String noKkParam(String name, String value) {
        String kk = blank(value);
        if (kk != null) {
            NoKk.check(name, kk).ifPresent(e -> {
                throw ValidationException.of(e);
            });
        }
        return kk;
    }

    /** An optional record id filter (a UUID). */
    static String idParam(String name, String value) {
        String id = blank(value);
        if (id != null && !id.matches("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            throw ValidationException.of(new FieldError(name, "format", "Harus id data (UUID).",
                    "Must be a record id (UUID)."));
        }
        return id == null ? null : id.toLowerCase(java.util.Locale.ROOT);
    }

    /** A query parameter's text, stripped; blank or absent is {@code null}. */
    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
