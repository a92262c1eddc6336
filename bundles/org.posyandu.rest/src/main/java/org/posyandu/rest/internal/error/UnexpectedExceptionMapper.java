package org.posyandu.rest.internal.error;

import java.util.List;
import java.util.UUID;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fault of ours: logged in full under an incident id, answered as a 500 problem that names only that
 * id (no stack trace, no SQL, no class names reach the client).
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
public final class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Exception e) {
        String incident = UUID.randomUUID().toString();
        LOG.error("Unexpected failure, incident {}", incident, e);
        return Problem.of(500, "internal", "Kesalahan pada server", "Server error",
                "Terjadi kesalahan pada server; laporkan kode insiden " + incident + " kepada admin.",
                "The server failed; report incident " + incident + " to the administrator.", List.of())
                .toResponse();
    }
}
