package org.posyandu.rest.internal.security;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.MultivaluedMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * OWASP secure headers on every API answer: a JSON API is never framed, sniffed, or rendered as a page, and
 * answers with personal data are never cached (a resource that is public and cacheable, such as wilayah,
 * sets its own {@code Cache-Control}, which is kept).
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsName("posyandu.securityheaders")
public final class SecurityHeaders implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> h = response.getHeaders();
        h.putSingle("X-Content-Type-Options", "nosniff");
        h.putSingle("X-Frame-Options", "DENY");
        h.putSingle("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        h.putSingle("Referrer-Policy", "no-referrer");
        h.putSingle("Strict-Transport-Security", "max-age=31536000");
        h.putSingle("Cross-Origin-Resource-Policy", "same-origin");
        if (!h.containsKey("Cache-Control")) {
            h.putSingle("Cache-Control", "no-store");
        }
    }
}
