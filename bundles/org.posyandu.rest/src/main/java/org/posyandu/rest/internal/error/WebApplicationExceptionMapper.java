package org.posyandu.rest.internal.error;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Failures the JAX-RS runtime raises itself (unknown path, wrong method, wrong media type, unreadable body)
 * as problem documents, so a client never sees an HTML error page.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return JsonProblems.of(json).toResponse();
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e.getResponse() != null && e.getResponse().getEntity() instanceof Problem ours) {
            return ours.toResponse(); // raised by our own filters (e.g. 413 body too large)
        }
        Response original = e.getResponse();
        Problem problem = Problem.forStatus(status);
        Response.ResponseBuilder response = Response.fromResponse(problem.toResponse());
        if (original != null && original.getHeaderString("Allow") != null) {
            response.header("Allow", original.getHeaderString("Allow"));
        }
        return response.build();
    }
}
