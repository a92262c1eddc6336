package org.posyandu.rest.internal.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.Test;

/** The web server's own error answers are problem documents, never Jetty's HTML page. */
class ProblemErrorHandlerTest {
    private final ProblemErrorHandler handler = new ProblemErrorHandler();

    @Test
    void aRequestTheParserRefusesIsAProblem() {
        for (int status : new int[] { 400, 414, 431 }) {
            HttpFields fields = new HttpFields();
            ByteBuffer body = handler.badMessageError(status, "Illegal character CNTL=0x0", fields);
            assertEquals("application/problem+json", fields.get("Content-Type"));
            assertEquals("no-store", fields.get("Cache-Control"));
            String json = StandardCharsets.UTF_8.decode(body).toString();
            assertTrue(json.contains("\"status\":" + status), json);
            assertTrue(!json.contains("CNTL"), "the parser's words are not echoed: " + json);
        }
    }

    @Test
    void everyMethodGetsABody() {
        for (String method : new String[] { "GET", "TRACE", "PUT", "DELETE", "PATCH", "X" }) {
            assertTrue(handler.errorPageForMethod(method), method);
        }
    }

    @Test
    void anApiPathNoServletTookIsA503NotA404() {
        ServerProblems.Answer api = ServerProblems.of(404, "/api/v1/posyandu");
        assertEquals(503, api.status());
        assertEquals("2", api.headers().get("Retry-After"));
        assertEquals("application/problem+json", api.headers().get("Content-Type"));
        ServerProblems.Answer other = ServerProblems.of(404, "/lain");
        assertEquals(404, other.status());
        assertTrue(new String(other.body(), StandardCharsets.UTF_8).contains("urn:posyandu:problem:not-found"));
        assertEquals(405, ServerProblems.of(405, "/api/v1/posyandu").status());
    }

    @Test
    void theHealthPathNoServletTookSaysDownAsTheGateDoes() {
        ServerProblems.Answer health = ServerProblems.of(404, "/api/v1/health");
        assertEquals(503, health.status());
        assertEquals("2", health.headers().get("Retry-After"));
        assertEquals("application/json", health.headers().get("Content-Type"));
        assertEquals("{\"status\":\"DOWN\"}", new String(health.body(), StandardCharsets.UTF_8));
    }

    @Test
    void a503TheServerWritesIsTheGatesUnavailableAnswer() {
        ServerProblems.Answer stopping = ServerProblems.of(503, "/api/v1/posyandu/x");
        assertEquals(503, stopping.status());
        assertEquals("2", stopping.headers().get("Retry-After"));
        assertTrue(new String(stopping.body(), StandardCharsets.UTF_8).contains("urn:posyandu:problem:unavailable"));
        assertEquals("application/json", ServerProblems.of(503, "/api/v1/health").headers().get("Content-Type"));
    }
}
