package org.posyandu.rest.internal.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

/**
 * The address of the client a request comes from, as the login throttle keys it. The socket's peer, unless that
 * peer is one of the proxies listed in {@code trusted.proxies} ({@code etc/org.posyandu.rest.cfg}, IP addresses
 * separated by commas): then the address the proxy forwarded ({@code Forwarded: for=…}, else
 * {@code X-Forwarded-For}), read from the right and skipping further trusted proxies. A client cannot choose its
 * own address by sending these headers itself: from anyone else they are ignored.
 */
@Component(service = ClientAddress.class, configurationPid = "org.posyandu.rest",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class ClientAddress {
    private static final Pattern IP = Pattern.compile("[0-9a-fA-F:.]{2,45}");
    private static final Pattern FOR = Pattern.compile("(?i)(?:^|;)\\s*for\\s*=\\s*(\"[^\"]*\"|[^;,\\s]*)");
    private final Set<String> trusted;

    @Activate
    public ClientAddress(Map<String, Object> config) {
        Object v = config.get("trusted.proxies");
        this.trusted = v == null ? Set.of()
                : Arrays.stream(v.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(ClientAddress::normalize).collect(Collectors.toUnmodifiableSet());
    }

    public String of(HttpServletRequest request) {
        String peer = normalize(request.getRemoteAddr());
        if (!trusted.contains(peer)) {
            return peer;
        }
        List<String> hops = forwarded(request);
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = normalize(hops.get(i));
            if (!IP.matcher(hop).matches()) {
                return peer; // "unknown", an obfuscated name, garbage: the proxy is all we know
            }
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    /** The forwarded-for chain, oldest first: RFC 7239 {@code Forwarded} if present, else {@code X-Forwarded-For}. */
    private static List<String> forwarded(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : headers(request, "Forwarded")) {
            for (String element : header.split(",")) {
                var m = FOR.matcher(element.strip());
                if (m.find()) {
                    hops.add(m.group(1));
                }
            }
        }
        if (hops.isEmpty()) {
            for (String header : headers(request, "X-Forwarded-For")) {
                Arrays.stream(header.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(hops::add);
            }
        }
        return hops;
    }

    private static List<String> headers(HttpServletRequest request, String name) {
        var values = request.getHeaders(name);
        return values == null ? List.of() : Collections.list(values);
    }

    /** Quotes, IPv6 brackets and a port removed, lower case: {@code "[2001:DB8::1]:4711"} is {@code 2001:db8::1}. */
    static String normalize(String address) {
        String a = address == null ? "" : address.strip();
        if (a.length() > 1 && a.startsWith("\"") && a.endsWith("\"")) {
            a = a.substring(1, a.length() - 1);
        }
        if (a.startsWith("[")) {
            int end = a.indexOf(']');
            a = end < 0 ? a : a.substring(1, end);
        } else if (a.indexOf(':') > 0 && a.indexOf(':') == a.lastIndexOf(':')) {
            a = a.substring(0, a.indexOf(':')); // IPv4 with a port
        }
        return a.toLowerCase(Locale.ROOT);
    }
}
