package org.posyandu.api.spm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.posyandu.api.error.FieldError;

/**
 * The field rules of a form, applied to a submission's data as it arrives from JSON (String, Number, Boolean,
 * List): required (when applicable), type, range, length, choices, not-in-future, conditions, no unknown
 * fields. The same code runs in the core, in the contract test kit and in a module's unit tests. Pure.
 */
public final class FormValidator {
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private FormValidator() {
    }

    /**
     * The typed values ({@code Long}, {@code BigDecimal}, {@code Boolean}, {@code LocalDate}, {@code String},
     * {@code List<String>}; absent fields omitted) and one error per broken rule, named by field.
     */
    public record Result(Map<String, Object> values, List<FieldError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public static Result validate(FormDefinition form, Map<String, ?> data, LocalDate today) {
        Map<String, Object> typed = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        Map<String, ?> input = data == null ? Map.of() : data;
        for (String key : input.keySet()) {
            if (form.field(key).isEmpty()) {
                errors.add(new FieldError(key, "unknownField", "Isian '" + key + "' tidak dikenal pada formulir ini.",
                        "Field '" + key + "' is not part of this form."));
            }
        }
        for (FieldDefinition f : form.fields()) {
            Object raw = input.get(f.name());
            if (raw instanceof String s && s.isBlank()) {
                raw = null;
            }
            if (raw instanceof List<?> l && l.isEmpty() && f.type() == FieldType.MULTI_CHOICE) {
                raw = null;
            }
            if (f.computed()) {
                if (raw != null) {
                    errors.add(new FieldError(f.name(), "computed", "Nilai ini dihitung platform; jangan diisi.",
                            "This value is computed by the platform; leave it out."));
                }
                continue;
            }
            boolean applies = f.visibleWhen() == null || holds(f.visibleWhen(), typed);
            if (!applies) {
                if (raw != null) {
                    errors.add(new FieldError(f.name(), "notApplicable",
                            "Isian ini hanya diisi bila " + f.visibleWhen().field() + " = " + f.visibleWhen().values() + ".",
                            "Fill this only when " + f.visibleWhen().field() + " is " + f.visibleWhen().values() + "."));
                }
                continue;
            }
            if (raw == null) {
                if (f.required()) {
                    errors.add(new FieldError(f.name(), "required", "Wajib diisi.", "Required."));
                }
                continue;
            }
            Object value = typed(f, raw, errors, today);
            if (value != null) {
                typed.put(f.name(), value);
            }
        }
        return new Result(typed, List.copyOf(errors));
    }

    /** Whether a condition holds for the values typed so far. */
    public static boolean holds(Condition c, Map<String, Object> typed) {
        Object v = typed.get(c.field());
        if (v == null) {
            return false;
        }
        if (v instanceof List<?> list) {
            return list.stream().anyMatch(c.values()::contains);
        }
        return c.values().contains(v);
    }

    private static Object typed(FieldDefinition f, Object raw, List<FieldError> errors, LocalDate today) {
        switch (f.type()) {
            case TEXT -> {
                if (!(raw instanceof String s)) {
                    return typeError(f, errors, "teks", "text");
                }
                String text = s.strip();
                if (text.length() > f.maxLength()) {
                    errors.add(new FieldError(f.name(), "maxLength", "Paling banyak " + f.maxLength() + " karakter.",
                            "At most " + f.maxLength() + " characters."));
                    return null;
                }
                return text;
            }
            case INTEGER -> {
                BigDecimal n = number(raw);
                if (n == null) {
                    return notANumber(f, raw, errors, "bilangan bulat", "a whole number");
                }
                if (n.stripTrailingZeros().scale() > 0) {
                    return typeError(f, errors, "bilangan bulat", "a whole number");
                }
                return inRange(f, n, errors) && inRange(f, n, LONG_MIN, LONG_MAX, errors) ? n.longValueExact() : null;
            }
            case DECIMAL -> {
                BigDecimal n = number(raw);
                if (n == null) {
                    return notANumber(f, raw, errors, "angka", "a number");
                }
                return inRange(f, n, errors) ? n : null;
            }
            case BOOLEAN -> {
                if (!(raw instanceof Boolean b)) {
                    return typeError(f, errors, "true atau false", "true or false");
                }
                return b;
            }
            case DATE -> {
                LocalDate d;
                try {
                    d = raw instanceof String s ? LocalDate.parse(s.strip()) : null;
                } catch (DateTimeParseException e) {
                    d = null;
                }
                if (d == null) {
                    return typeError(f, errors, "tanggal YYYY-MM-DD", "a date YYYY-MM-DD");
                }
                if (f.notInFuture() && d.isAfter(today)) {
                    errors.add(new FieldError(f.name(), "notInFuture", "Tanggal tidak boleh di masa depan.",
                            "The date cannot be in the future."));
                    return null;
                }
                return d;
            }
            case CHOICE -> {
                if (!(raw instanceof String s)) {
                    return typeError(f, errors, "salah satu pilihan", "one of the choices");
                }
                if (!f.hasChoice(s)) {
                    errors.add(choiceError(f));
                    return null;
                }
                return s;
            }
            case MULTI_CHOICE -> {
                if (!(raw instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
                    return typeError(f, errors, "daftar pilihan", "a list of choices");
                }
                Set<String> distinct = new LinkedHashSet<>();
                for (Object o : list) {
                    if (!f.hasChoice((String) o) || !distinct.add((String) o)) {
                        errors.add(choiceError(f));
                        return null;
                    }
                }
                return List.copyOf(distinct);
            }
            default -> throw new IllegalStateException(f.type().toString());
        }
    }

    private static FieldError choiceError(FieldDefinition f) {
        List<String> values = f.choices().stream().map(Choice::value).toList();
        return new FieldError(f.name(), "enum", "Pilih dari: " + String.join(", ", values) + ".",
                "Choose from: " + String.join(", ", values) + ".");
    }

    private static Object typeError(FieldDefinition f, List<FieldError> errors, String id, String en) {
        errors.add(new FieldError(f.name(), "type", "Harus " + id + ".", "Must be " + en + "."));
        return null;
    }

    private static BigDecimal number(Object raw) {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof BigInteger) {
            return new BigDecimal(raw.toString());
        }
        if (raw instanceof BigDecimal b) {
            return b;
        }
        if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(raw.toString()) : null;
        }
        return null;
    }

    private static boolean inRange(FieldDefinition f, BigDecimal n, List<FieldError> errors) {
        return inRange(f, n, f.min(), f.max(), errors);
    }

    private static boolean inRange(FieldDefinition f, BigDecimal n, BigDecimal min, BigDecimal max,
            List<FieldError> errors) {
        if (min != null && n.compareTo(min) < 0) {
            errors.add(boundError(f, false, min));
            return false;
        }
        if (max != null && n.compareTo(max) > 0) {
            errors.add(boundError(f, true, max));
            return false;
        }
        return true;
    }

    private static FieldError boundError(FieldDefinition f, boolean upper, BigDecimal bound) {
        String unit = f.unit() == null ? "" : " " + f.unit();
        return upper
                ? new FieldError(f.name(), "maximum", "Paling besar " + bound.toPlainString() + unit + ".",
                        "At most " + bound.toPlainString() + unit + ".")
                : new FieldError(f.name(), "minimum", "Paling kecil " + bound.toPlainString() + unit + ".",
                        "At least " + bound.toPlainString() + unit + ".");
    }

    /**
     * A value that is no usable number. A JSON number too large for a double ({@code 1e400}, {@code -1e400})
     * reaches a double-reading parser as an infinity: it broke the field's bound, and is answered as that rule.
     */
    private static Object notANumber(FieldDefinition f, Object raw, List<FieldError> errors, String id, String en) {
        if ((raw instanceof Double || raw instanceof Float) && Double.isInfinite(((Number) raw).doubleValue())) {
            boolean upper = ((Number) raw).doubleValue() > 0;
            BigDecimal bound = upper ? (f.max() != null ? f.max() : LONG_MAX) : (f.min() != null ? f.min() : LONG_MIN);
            errors.add(boundError(f, upper, bound));
            return null;
        }
        return typeError(f, errors, id, en);
    }
}
