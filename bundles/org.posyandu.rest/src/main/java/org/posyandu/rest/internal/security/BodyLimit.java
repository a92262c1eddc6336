package org.posyandu.rest.internal.security;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.posyandu.rest.internal.error.Problem;

/**
 * Caps request bodies (default 1 MiB; {@code max.body.bytes} in {@code etc/org.posyandu.rest.cfg}) before
 * anything parses them: a declared {@code Content-Length} over the cap is refused at once, a chunked body is
 * cut off as soon as it passes the cap. Either way: 413 problem+json, nothing stored.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = "org.posyandu.rest",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@JaxrsExtension
@JaxrsName("posyandu.bodylimit")
@PreMatching
public final class BodyLimit implements ContainerRequestFilter {
    static final long DEFAULT_MAX = 1024 * 1024;
    private final long max;

    @Activate
    public BodyLimit(Map<String, Object> config) {
        Object v = config.get("max.body.bytes");
        this.max = v == null ? DEFAULT_MAX : Long.parseLong(v.toString().trim());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String declared = request.getHeaderString("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > max) {
                    request.abortWith(tooLarge(max).getResponse());
                    return;
                }
            } catch (NumberFormatException e) {
                // the container rejects a malformed Content-Length itself
            }
        }
        request.setEntityStream(new Capped(request.getEntityStream(), max));
    }

    static WebApplicationException tooLarge(long max) {
        return new WebApplicationException(Problem.of(413, "payload-too-large", "Isi permintaan terlalu besar",
                "Payload too large", "Isi permintaan paling besar " + max + " byte.",
                "A request body may be at most " + max + " bytes.", List.of()).toResponse());
    }

    /** Counts bytes as they are read and fails past the cap. */
    private static final class Capped extends FilterInputStream {
        private final long max;
        private long count;

        Capped(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > max) {
                throw tooLarge(max);
            }
        }
    }
}
