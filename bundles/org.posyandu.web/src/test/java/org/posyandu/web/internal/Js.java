package org.posyandu.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The app's import-free ES modules loaded into GraalJS for tests: their exports as members of one object. */
final class Js implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    final Context context = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();

    /** The module's exports, named in {@code exports}, read as the declarations of a function scope. */
    Value module(String file, String... exports) {
        String code;
        try (InputStream in = Js.class.getResourceAsStream("/app/assets/js/" + file)) {
            code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String script = "(() => {\n" + code.replaceAll("(?m)^export ", "") + "\nreturn { " + String.join(", ", exports)
                + " };\n})()";
        return context.eval(Source.newBuilder("js", script, file).buildLiteral());
    }

    /** A Java value as the browser would receive it: through JSON, as the server's Jackson writes it. */
    Value json(Object value) {
        try {
            return context.eval("js", "JSON.parse").execute(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A JavaScript object as the server would receive it: through JSON. */
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> toJava(Value object) {
        try {
            return JSON.readValue(fn("JSON.stringify").execute(object).asString(), java.util.Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    Value fn(String source) {
        return context.eval("js", source);
    }

    @Override
    public void close() {
        context.close();
    }
}
