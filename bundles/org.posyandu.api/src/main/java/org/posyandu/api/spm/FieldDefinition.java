package org.posyandu.api.spm;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One field of a form. Built with the static factories and the {@code with}-style methods, e.g.
 * {@code FieldDefinition.decimal("luasLantai", "Luas lantai", "Floor area").unit("m²").range(1, 2000).mandatory()}.
 *
 * @param name        JSON name (camelCase); the column is its snake_case form ({@link #column()})
 * @param label       label in Bahasa Indonesia, as a phone shows it
 * @param unit        unit shown next to the input (kg, cm, m², liter/orang/hari), or {@code null}
 * @param min         inclusive lower bound of a number, or {@code null}
 * @param max         inclusive upper bound of a number, or {@code null}
 * @param notInFuture for a DATE: no date after today
 * @param maxLength   for TEXT
 * @param visibleWhen when the field applies; {@code null} for always
 * @param help        a hint in Bahasa Indonesia, or {@code null}
 * @param computed    computed by the module ({@link SpmModule#derive}), never typed in: input is refused
 */
public record FieldDefinition(String name, String label, String labelEn, FieldType type, String unit,
        boolean required, BigDecimal min, BigDecimal max, boolean notInFuture, int maxLength, List<Choice> choices,
        Condition visibleWhen, String help, boolean computed) {

    public FieldDefinition {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    private static FieldDefinition of(String name, String label, String labelEn, FieldType type) {
        return new FieldDefinition(name, label, labelEn, type, null, false, null, null, false,
                type == FieldType.TEXT ? 200 : 0, List.of(), null, null, false);
    }

    public static FieldDefinition text(String name, String label, String labelEn) {
        return of(name, label, labelEn, FieldType.TEXT);
    }

    public static FieldDefinition integer(String name, String label, String labelEn) {
        return of(name, label, labelEn, FieldType.INTEGER);
    }

    public static FieldDefinition decimal(String name, String label, String labelEn) {
        return of(name, label, labelEn, FieldType.DECIMAL);
    }

    public static FieldDefinition bool(String name, String label, String labelEn) {
        return of(name, label, labelEn, FieldType.BOOLEAN);
    }

    /** A date; not in the future unless {@link #futureAllowed()}. */
    public static FieldDefinition date(String name, String label, String labelEn) {
        return of(name, label, labelEn, FieldType.DATE).withNotInFuture(true);
    }

    public static FieldDefinition choice(String name, String label, String labelEn, Choice... choices) {
        return of(name, label, labelEn, FieldType.CHOICE).withChoices(Arrays.asList(choices));
    }

    public static FieldDefinition multiChoice(String name, String label, String labelEn, Choice... choices) {
        return of(name, label, labelEn, FieldType.MULTI_CHOICE).withChoices(Arrays.asList(choices));
    }

    /** A choice value with its labels, for {@link #choice}. */
    public static Choice option(String value, String label, String labelEn) {
        return new Choice(value, label, labelEn);
    }

    public FieldDefinition mandatory() {
        return new FieldDefinition(name, label, labelEn, type, unit, true, min, max, notInFuture, maxLength, choices,
                visibleWhen, help, computed);
    }

    public FieldDefinition unit(String u) {
        return new FieldDefinition(name, label, labelEn, type, u, required, min, max, notInFuture, maxLength, choices,
                visibleWhen, help, computed);
    }

    public FieldDefinition range(Number lo, Number hi) {
        return new FieldDefinition(name, label, labelEn, type, unit, required,
                lo == null ? null : new BigDecimal(lo.toString()), hi == null ? null : new BigDecimal(hi.toString()),
                notInFuture, maxLength, choices, visibleWhen, help, computed);
    }

    public FieldDefinition maxLength(int n) {
        return new FieldDefinition(name, label, labelEn, type, unit, required, min, max, notInFuture, n, choices,
                visibleWhen, help, computed);
    }

    /** The field applies only when {@code field} holds one of {@code values}. */
    public FieldDefinition when(String field, Object... values) {
        return new FieldDefinition(name, label, labelEn, type, unit, required, min, max, notInFuture, maxLength,
                choices, Condition.when(field, values), help, computed);
    }

    public FieldDefinition help(String text) {
        return new FieldDefinition(name, label, labelEn, type, unit, required, min, max, notInFuture, maxLength,
                choices, visibleWhen, text, computed);
    }

    /** A value the module computes ({@link SpmModule#derive}); a kader never types it, and input for it is refused. */
    public FieldDefinition derived() {
        return new FieldDefinition(name, label, labelEn, type, unit, required, min, max, notInFuture, maxLength, choices,
                visibleWhen, help, true);
    }

    /** A DATE that may lie in the future (an expiry date, a planned follow-up). */
    public FieldDefinition futureAllowed() {
        return withNotInFuture(false);
    }

    private FieldDefinition withNotInFuture(boolean b) {
        return new FieldDefinition(name, label, labelEn, type, unit, required, min, max, b, maxLength, choices,
                visibleWhen, help, computed);
    }

    private FieldDefinition withChoices(List<Choice> c) {
        return new FieldDefinition(name, label, labelEn, type, unit, required, min, max, notInFuture, maxLength, c,
                visibleWhen, help, computed);
    }

    /** The SQL column that stores this field in the module's table: {@code luasLantai} → {@code luas_lantai}. */
    public String column() {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    public boolean hasChoice(String value) {
        return choices.stream().anyMatch(c -> c.value().equals(value));
    }
}
