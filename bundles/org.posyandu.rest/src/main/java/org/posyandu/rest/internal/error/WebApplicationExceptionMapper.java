package org.posyandu.rest.internal.error;

import java.util.List;

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
        Problem problem = switch (status) {
            case 400 -> Problem.of(400, "bad-request", "Permintaan tidak dapat dibaca", "Bad request",
                    "Permintaan tidak sesuai format yang diharapkan.", "The request is not in the expected format.",
                    List.of());
            case 404 -> Problem.unknownPath();
            case 405 -> Problem.of(405, "method-not-allowed", "Metode tidak diizinkan", "Method not allowed",
                    "Metode HTTP ini tidak berlaku untuk alamat ini.", "This HTTP method does not apply here.",
                    List.of());
            case 406 -> Problem.of(406, "not-acceptable", "Format jawaban tidak tersedia", "Not acceptable",
                    "API ini menjawab dalam JSON.", "This API answers in JSON.", List.of());
            case 415 -> Problem.of(415, "unsupported-media-type", "Format isi tidak didukung",
                    "Unsupported media type", "Kirim isi permintaan sebagai application/json.",
                    "Send the request body as application/json.", List.of());
            default -> Problem.of(status, "http-" + status, "Permintaan gagal", "Request failed",
                    "Permintaan tidak dapat diproses (HTTP " + status + ").",
                    "The request could not be processed (HTTP " + status + ").", List.of());
        };
        Response.ResponseBuilder response = Response.fromResponse(problem.toResponse());
        if (original != null && original.getHeaderString("Allow") != null) {
            response.header("Allow", original.getHeaderString("Allow"));
        }
        return response.build();
    }
}
