package org.posyandu.rest.internal.error;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.posyandu.api.error.ApiException;
import org.posyandu.api.error.TooManyRequestsException;
import org.posyandu.api.error.UnauthorizedException;

/** Domain failures (validation, not found, conflict) as problem documents. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
public final class ApiExceptionMapper implements ExceptionMapper<ApiException> {
    @Override
    public Response toResponse(ApiException e) {
        Response response = Problem.of(e).toResponse();
        if (e instanceof TooManyRequestsException t) {
            return Response.fromResponse(response).header("Retry-After", t.retryAfterSeconds()).build();
        }
        if (e instanceof UnauthorizedException) {
            return Response.fromResponse(response).header("WWW-Authenticate", "Bearer realm=\"posyandu\"").build();
        }
        return response;
    }
}
