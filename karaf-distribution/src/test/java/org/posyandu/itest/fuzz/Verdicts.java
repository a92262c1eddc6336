package org.posyandu.itest.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Judges every answer of the fuzz run and counts them: a 5xx, an error answer that is not a problem document
 * with its own status, or a write that was refused but left a trace, is a failure (kept with the request).
 */
public final class Verdicts {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KEPT = 40;

    private final Map<String, AtomicInteger> byStatus = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int failureCount;
    private int requests;
    private int halfStoredChecks;

    /** One answer: status, Content-Type (may be null), body. */
    public synchronized void judge(String request, int status, String contentType, String body) {
        requests++;
        byStatus.computeIfAbsent(status / 100 + "xx " + status, k -> new AtomicInteger()).incrementAndGet();
        if (status >= 500) {
            fail(request, status + " " + abbreviate(body));
        } else if (status >= 400) {
            String problem = problemError(status, contentType, body);
            if (problem != null) {
                fail(request, status + " " + problem);
            }
        }
    }

    /** A refused write must leave what a read shows as it was. */
    public synchronized void halfStored(String request, String before, String after) {
        halfStoredChecks++;
        if (!before.equals(after)) {
            fail(request, "refused, but a read shows a change:\n  before " + abbreviate(before) + "\n  after  "
                    + abbreviate(after));
        }
    }

    /** What no stored text may hold, as the API writes it: a control character, a lone surrogate, a year ±N. */
    private static final java.util.regex.Pattern LOOSE = java.util.regex.Pattern.compile(
            "\\\\u(00[01][0-9A-Fa-f]|007[Ff]|[Dd][89A-Fa-f][0-9A-Fa-f]{2})|\"[-+]\\d{4,}-\\d\\d-\\d\\d");

    /** An accepted write: what a read shows afterwards must hold nothing loose. */
    public synchronized void accepted(String request, String after) {
        java.util.regex.Matcher m = LOOSE.matcher(after);
        if (m.find()) {
            fail(request, "accepted, and a read shows " + m.group() + " stored: " + abbreviate(after));
        }
    }

    /** An answer outside what a rule allows (e.g. a concurrent delete answered 204 twice). */
    public synchronized void fail(String request, String why) {
        failureCount++;
        if (failures.size() < KEPT) {
            failures.add(request + " -> " + why);
        }
    }

    static String problemError(int status, String contentType, String body) {
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/problem+json")) {
            return "not application/problem+json but " + contentType + ": " + abbreviate(body);
        }
        try {
            JsonNode p = JSON.readTree(body);
            if (p.path("status").asInt() != status || !p.path("type").asText().startsWith("urn:posyandu:problem:")) {
                return "problem document of another status or type: " + abbreviate(body);
            }
        } catch (Exception e) {
            return "problem document is not JSON: " + abbreviate(body);
        }
        return null;
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        String flat = s.replace('\n', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    public synchronized int requests() {
        return requests;
    }

    public synchronized int failureCount() {
        return failureCount;
    }

    public synchronized String report() {
        StringBuilder out = new StringBuilder("fuzz: " + requests + " requests, " + halfStoredChecks
                + " refused writes checked for traces, " + failureCount + " failures; by status " + byStatus);
        failures.forEach(f -> out.append("\n  ").append(f));
        return out.toString();
    }
}
