package org.posyandu.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which Content-Type values the API reads as JSON: only JSON, only UTF-8. */
class RequestHeadersTest {
    @Test
    void jsonIsJson() {
        for (String t : new String[] { "application/json", "Application/JSON", "application/json; charset=utf-8",
                "application/json;charset=\"UTF-8\"", "application/merge-patch+json" }) {
            assertTrue(RequestHeaders.isJson(t), t);
        }
    }

    @Test
    void anythingElseIsNot() {
        for (String t : new String[] { "garbage", "*/*", "application/*", "text/plain", "", "application/json; charset=latin1",
                "application/json; boundary=x", "text/json", "application/x-www-form-urlencoded", "application/*+json" }) {
            assertFalse(RequestHeaders.isJson(t), t);
        }
    }
}
