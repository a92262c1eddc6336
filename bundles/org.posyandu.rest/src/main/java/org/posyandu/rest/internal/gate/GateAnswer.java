package org.posyandu.rest.internal.gate;

import java.util.List;

import org.posyandu.rest.internal.error.Problem;

/**
 * What the gate answers instead of the API, wherever it runs: the servlet filter in front of CXF, the servlet in
 * Pax Web's root context, the JAX-RS filter inside the application. A 503 always carries {@code Retry-After}.
 *
 * @param status    HTTP status
 * @param mediaType {@code application/problem+json}, or {@code application/json} for the health document
 * @param body      a {@link Problem} or the health document
 */
record GateAnswer(int status, String mediaType, Object body) {
    static final String HEALTH = "/health";
    static final int RETRY_AFTER_SECONDS = 2;

    /** Every path but health while the API cannot serve. */
    static GateAnswer unavailable() {
        return new GateAnswer(503, Problem.MEDIA_TYPE, Problem.of(503, "unavailable", "Server belum siap melayani",
                "Server not ready", "Server sedang dinyalakan atau dimatikan dan belum bisa melayani; coba lagi dalam "
                        + "beberapa detik. Data yang belum terkirim tetap aman di ponsel.",
                "The server is starting or stopping and cannot serve now; try again in a few seconds. Data not yet "
                        + "sent stays safe on the phone.",
                List.of()));
    }

    /** The health document, with the status it stands for. */
    static GateAnswer health(PlatformHealth.Report report) {
        return new GateAnswer(report.up() ? 200 : 503, "application/json", report.body());
    }

    /** The health document while no part of the platform can say more than that it is not up. */
    static GateAnswer healthDown() {
        return new GateAnswer(503, "application/json", java.util.Map.of("status", "DOWN"));
    }

    /** CXF's generated WADL, refused: there is no such address. */
    static GateAnswer noWadl() {
        return new GateAnswer(404, Problem.MEDIA_TYPE, Problem.unknownPath());
    }

    boolean retryLater() {
        return status == 503;
    }

    /** The headers of every gate answer, whichever part of the gate writes it. */
    java.util.Map<String, String> headers() {
        java.util.Map<String, String> h = new java.util.LinkedHashMap<>();
        h.put("Cache-Control", "no-store");
        h.put("X-Content-Type-Options", "nosniff");
        if (retryLater()) {
            h.put("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }
        return h;
    }
}
