package org.posyandu.rest.internal.json;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

/**
 * Every date the API reads lies in the years {@value #FIRST_YEAR}–{@value #LAST_YEAR}: births of the oldest
 * residents, service dates, budget years all do, and a year −1 or 20000 (which ISO-8601 allows) is a typo or an
 * attack, never data.
 */
public final class PlausibleDates {
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private PlausibleDates() {
    }

    /** Thrown for a well-formed date outside the plausible years; the field path is added by Jackson. */
    public static final class ImplausibleDateException extends InvalidFormatException {
        private static final long serialVersionUID = 1L;

        ImplausibleDateException(JsonParser p, LocalDate value) {
            super(p, "Date outside " + FIRST_YEAR + "-" + LAST_YEAR, value.toString(), LocalDate.class);
        }
    }

    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("posyandu.dates");
        module.addDeserializer(LocalDate.class, new StdScalarDeserializer<LocalDate>(LocalDate.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
                if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
                    throw new ImplausibleDateException(p, date);
                }
                return date;
            }
        });
        return module;
    }
}
