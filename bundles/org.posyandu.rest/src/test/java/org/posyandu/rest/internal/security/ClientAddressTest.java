package org.posyandu.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private static final ClientAddress BEHIND_PROXIES = new ClientAddress(Map.of("trusted.proxies", "10.0.0.5, 10.0.0.6"));

    /** A request from {@code peer} with the given headers (name, value, name, value, ...). */
    private static HttpServletRequest request(String peer, String... headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAddressTest.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> peer;
                    case "getHeaders" -> {
                        List<String> values = new java.util.ArrayList<>();
                        for (int i = 0; i < headers.length; i += 2) {
                            if (headers[i].equalsIgnoreCase((String) args[0])) {
                                values.add(headers[i + 1]);
                            }
                        }
                        yield Collections.enumeration(values);
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void forwardedHeadersFromAnyoneElseAreIgnored() {
        assertEquals("203.0.113.9", BEHIND_PROXIES.of(request("203.0.113.9", "X-Forwarded-For", "1.2.3.4")));
        assertEquals("203.0.113.9", new ClientAddress(Map.of()).of(request("203.0.113.9", "Forwarded", "for=1.2.3.4")));
    }

    @Test
    void aTrustedProxyNamesTheClientReadFromTheRight() {
        // the client typed its own X-Forwarded-For: the proxy appended the real address after it
        assertEquals("198.51.100.7", BEHIND_PROXIES.of(request("10.0.0.5", "X-Forwarded-For", "1.2.3.4, 198.51.100.7")));
        // two trusted proxies in a row
        assertEquals("198.51.100.7",
                BEHIND_PROXIES.of(request("10.0.0.5", "X-Forwarded-For", "198.51.100.7", "X-Forwarded-For", "10.0.0.6")));
    }

    @Test
    void rfc7239ForwardedWinsAndItsQuotesBracketsAndPortsAreRemoved() {
        assertEquals("2001:db8::1", BEHIND_PROXIES.of(request("10.0.0.5", "Forwarded",
                "for=\"[2001:DB8::1]:4711\";proto=https", "X-Forwarded-For", "9.9.9.9")));
        assertEquals("192.0.2.60", BEHIND_PROXIES.of(request("10.0.0.5", "Forwarded", "proto=http;for=192.0.2.60:8080")));
    }

    @Test
    void withoutAUsableForwardedAddressTheProxyIsTheClient() {
        assertEquals("10.0.0.5", BEHIND_PROXIES.of(request("10.0.0.5")));
        assertEquals("10.0.0.5", BEHIND_PROXIES.of(request("10.0.0.5", "Forwarded", "for=unknown")));
        assertEquals("10.0.0.5", BEHIND_PROXIES.of(request("10.0.0.5", "X-Forwarded-For", "<script>")));
    }
}
