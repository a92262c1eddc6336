package org.posyandu.rest.internal.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

/**
 * Checks every key and string value as the parser reaches it: no control character other than tab, line feed and
 * carriage return (a NUL cuts a name in C tools and in PostgreSQL), no unpaired UTF-16 surrogate (it cannot be
 * written as UTF-8, so the stored name would be lost or replaced). Jackson's own duplicate-key error is turned
 * into a {@link TextRuleException} naming the key. Every {@code next…} method of {@link JsonParser} that the
 * delegate does not override ends in {@link #nextToken()}, so nothing bypasses the check.
 */
final class CheckedTextParser extends JsonParserDelegate {
    private static final String DUPLICATE = "Duplicate field '";

    CheckedTextParser(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token;
        try {
            token = delegate.nextToken();
        } catch (JsonParseException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith(DUPLICATE)) {
                String key = message.substring(DUPLICATE.length(), message.indexOf('\'', DUPLICATE.length()));
                throw new TextRuleException(this, TextRuleException.Rule.DUPLICATE_KEY,
                        join(path(delegate.getParsingContext().getParent()), key));
            }
            throw e;
        }
        if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
            TextRuleException.Rule broken = check(delegate.getText());
            if (broken != null) {
                String path = path(delegate.getParsingContext());
                throw new TextRuleException(this, broken, path.isEmpty() ? "(body)" : path);
            }
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    /** The rule the text breaks, or {@code null} when it is clean. */
    static TextRuleException.Rule check(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return TextRuleException.Rule.CONTROL;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return TextRuleException.Rule.SURROGATE;
                }
            } else if (Character.isLowSurrogate(c)) {
                return TextRuleException.Rule.SURROGATE;
            }
        }
        return null;
    }

    /** The JSON path of the current position, as {@code items[2].nama}. */
    static String path(JsonStreamContext context) {
        java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                segments.push(c.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            if (path.length() > 0 && !segment.startsWith("[")) {
                path.append('.');
            }
            path.append(segment);
        }
        return path.toString();
    }

    private static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }
}
