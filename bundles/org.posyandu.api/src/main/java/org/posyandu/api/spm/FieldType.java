package org.posyandu.api.spm;

/** The type of a form field, its JSON shape, and the SQL column type a module's table gives it. */
public enum FieldType {
    /** JSON string; {@code VARCHAR(maxLength)}. */
    TEXT,
    /** JSON integer; {@code BIGINT}. */
    INTEGER,
    /** JSON number; {@code DECIMAL(12,3)}. */
    DECIMAL,
    /** JSON boolean; {@code BOOLEAN}. */
    BOOLEAN,
    /** JSON string {@code YYYY-MM-DD}; {@code DATE}. */
    DATE,
    /** JSON string, one of the choices; {@code VARCHAR(40)}. */
    CHOICE,
    /** JSON array of distinct choices; {@code VARCHAR(400)}, comma-separated. */
    MULTI_CHOICE
}
