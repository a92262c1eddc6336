package org.posyandu.rest.internal.security;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.posyandu.api.error.FieldError;
import org.posyandu.rest.internal.error.Problem;

/**
 * Headers the API reads are checked before anything else reads them. A header that says one thing must be sent
 * once: two {@code Idempotency-Key}s (or two {@code Authorization}s, or two {@code Content-Type}s) leave it open
 * which one counts, so the request is refused (400) rather than one picked. A {@code Content-Type}, when sent,
 * must be JSON in UTF-8: {@code garbage}, {@code *}{@code /*} or {@code text/plain} is 415, never read as JSON.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName("posyandu.requestheaders")
@PreMatching
public final class RequestHeaders implements ContainerRequestFilter {
    static final List<String> SINGLE = List.of("Idempotency-Key", HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE);

    /** The request as the web server read it: CXF reports a missing Content-Type as {@code *}{@code /*}. */
    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        for (String name : SINGLE) {
            List<String> values = Collections.list(servletRequest.getHeaders(name));
            if (values.size() > 1 || "Idempotency-Key".equals(name) && values.size() == 1 && values.get(0).contains(",")) {
                request.abortWith(Problem.of(400, "header-repeated", "Header dikirim dua kali",
                        "Header sent twice", "Header " + name + " hanya boleh dikirim satu kali.",
                        "The " + name + " header may be sent only once.",
                        List.of(new FieldError(name, "header.single", "Kirim header ini satu kali saja.",
                                "Send this header once."))).toResponse());
                return;
            }
        }
        String type = servletRequest.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null && !isJson(type)) {
            request.abortWith(Problem.of(415, "unsupported-media-type", "Format isi tidak didukung",
                    "Unsupported media type", "Kirim isi permintaan sebagai application/json (UTF-8).",
                    "Send the request body as application/json (UTF-8).", List.of()).toResponse());
        }
    }

    /** {@code application/json} or {@code application/<x>+json}, with no parameter but {@code charset=utf-8}. */
    static boolean isJson(String contentType) {
        String[] parts = contentType.split(";", -1);
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json") && !(type.startsWith("application/") && type.endsWith("+json")
                && type.indexOf('*') < 0 && type.indexOf(' ') < 0)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace("\"", "");
            if (!parameter.isEmpty() && !parameter.replace(" ", "").equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }
}
