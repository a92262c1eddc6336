package org.posyandu.rest.internal.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;

/**
 * A request body that is well-formed JSON but carries text no field may hold (a control character, an unpaired
 * surrogate) or a key twice. Raised while parsing, so it holds for every body of every endpoint; it names the
 * field by its JSON path, as {@link org.posyandu.api.error.FieldError} does.
 */
public final class TextRuleException extends JsonParseException {
    private static final long serialVersionUID = 1L;

    /** What was broken, with the messages a client shows. */
    public enum Rule {
        CONTROL("text.control", "Teks tidak boleh berisi karakter kontrol (selain tab dan baris baru).",
                "Text may not contain control characters (other than tab and newline)."),
        SURROGATE("text.surrogate", "Teks berisi karakter Unicode yang rusak (surrogate tanpa pasangan).",
                "Text contains a broken Unicode character (an unpaired surrogate)."),
        DUPLICATE_KEY("duplicateKey", "Isian ini dikirim dua kali dalam satu objek.",
                "This field is sent twice in one object.");

        public final String id;
        public final String message;
        public final String messageEn;

        Rule(String id, String message, String messageEn) {
            this.id = id;
            this.message = message;
            this.messageEn = messageEn;
        }
    }

    private final transient Rule rule;
    private final String field;

    TextRuleException(JsonParser parser, Rule rule, String field) {
        super(parser, rule.messageEn + " Field: " + field);
        this.rule = rule;
        this.field = field;
    }

    public Rule rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
