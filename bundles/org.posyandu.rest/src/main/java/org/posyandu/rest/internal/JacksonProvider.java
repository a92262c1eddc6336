package org.posyandu.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import org.posyandu.rest.internal.json.CheckedJsonFactory;
import org.posyandu.rest.internal.json.PlausibleDates;

/**
 * The one JSON provider of the API (also for {@code application/problem+json}). ISO-8601 dates, no default
 * typing ever (polymorphic deserialisation is the classic Jackson gadget hole), unknown fields rejected so a
 * typo in a form field is an error the kader sees, not data silently lost. Every body is also held to the text
 * rules of {@link CheckedJsonFactory} (no control characters, no unpaired surrogates, no key twice) and every
 * date to {@link PlausibleDates}.
 */
@Component(service = {javax.ws.rs.ext.MessageBodyReader.class, javax.ws.rs.ext.MessageBodyWriter.class},
        scope = ServiceScope.PROTOTYPE)
@JaxrsExtension
@JaxrsName("posyandu.jackson")
@JaxrsMediaType(MediaType.APPLICATION_JSON)
public final class JacksonProvider extends JacksonJsonProvider {

    public JacksonProvider() {
        super(mapper());
    }

    /** Unreadable JSON becomes a 400/422 problem naming the field (see the WebApplicationException mapper). */
    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        try {
            return super.readFrom(type, genericType, annotations, mediaType, headers, body);
        } catch (JsonProcessingException e) {
            // Jackson wraps what the body stream threw (e.g. the body-size cap's 413): let that through as it is
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof WebApplicationException w) {
                    throw w;
                }
            }
            throw new BadRequestException(e);
        }
    }

    public static ObjectMapper mapper() {
        return JsonMapper.builder(new CheckedJsonFactory())
                .addModule(new JavaTimeModule())
                .addModule(PlausibleDates.module())
                // a key twice in one object is an error naming the key, not "the last one wins"
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // a number or boolean where text belongs is an error, not silently text: a NIK sent as a number
                // by a spreadsheet-fed client has already lost its meaning
                .withCoercionConfig(LogicalType.Textual, text -> {
                    text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                    text.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                    text.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                })
                // true/false and numbers are JSON literals: "   ", "" or "true" for a boolean (once stored as true),
                // "" for a number or a date, is refused naming the field, never read as null or as a default
                .withCoercionConfigDefaults(any -> any.setAcceptBlankAsEmpty(Boolean.FALSE)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, scalar -> strictScalar(scalar))
                .withCoercionConfig(LogicalType.Integer, scalar -> strictScalar(scalar))
                .withCoercionConfig(LogicalType.Float, scalar -> strictScalar(scalar))
                .serializationInclusion(JsonInclude.Include.ALWAYS)
                .build();
    }

    private static void strictScalar(MutableCoercionConfig scalar) {
        scalar.setAcceptBlankAsEmpty(Boolean.FALSE);
        scalar.setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        scalar.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
}
