package org.posyandu.rest.internal.error;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.posyandu.api.error.ApiException;

/** Domain failures (validation, not found, conflict) as problem documents. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
public final class ApiExceptionMapper implements ExceptionMapper<ApiException> {
    @Override
    public Response toResponse(ApiException e) {
        return Problem.of(e).toResponse();
    }
}
