package org.posyandu.rest.internal.gate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.posyandu.rest.internal.JacksonProvider;
import org.posyandu.rest.internal.error.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The answer the web server gives for an error no servlet of ours wrote: always {@code application/problem+json}.
 * A 404 for an API path means the API's servlets are not there (the platform starts or stops): that is the gate's
 * 503 with {@code Retry-After}, never a 404 a phone would take as the platform's refusal of its queued data; a 503
 * (a context starting or stopping) is that same answer. For the health path: the health document saying DOWN, as
 * the gate answers it.
 */
final class ServerProblems {
    private static final ObjectMapper JSON = JacksonProvider.mapper();

    /** What to send: status, headers (Content-Type among them), body. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
    }

    private ServerProblems() {
    }

    static Answer of(int status, String path) {
        boolean notUp = status == 503 || status == 404 && path != null && isApi(path);
        GateAnswer gate = !notUp ? new GateAnswer(status, Problem.MEDIA_TYPE, Problem.forStatus(status))
                : (StartupGate.API_BASE + GateAnswer.HEALTH).equals(path) ? GateAnswer.healthDown()
                : GateAnswer.unavailable();
        Map<String, String> headers = new LinkedHashMap<>(gate.headers());
        headers.put("Content-Type", gate.mediaType());
        try {
            return new Answer(gate.status(), headers, JSON.writeValueAsBytes(gate.body()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document cannot be written", e);
        }
    }

    private static boolean isApi(String path) {
        return path.equals(StartupGate.API_BASE) || path.startsWith(StartupGate.API_BASE + "/");
    }
}
