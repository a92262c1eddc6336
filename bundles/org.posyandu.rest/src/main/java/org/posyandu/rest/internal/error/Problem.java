package org.posyandu.rest.internal.error;

import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.posyandu.api.error.ApiException;
import org.posyandu.api.error.ConflictException;
import org.posyandu.api.error.FieldError;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem document: the only shape an error ever has on this API. Text in Bahasa Indonesia, with
 * the English alongside in {@code titleEn}/{@code detailEn} and in each error's {@code messageEn}.
 *
 * @param existing path of the record that is already there (409 only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, String titleEn, int status, String detail, String detailEn,
        List<FieldError> errors, String existing) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:posyandu:problem:";

    public static Problem of(int status, String slug, String title, String titleEn, String detail, String detailEn,
            List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + slug, title, titleEn, status, detail, detailEn, errors, null);
    }

    /** 404 for a path the API does not have. */
    public static Problem unknownPath() {
        return of(404, "not-found", "Tidak ditemukan", "Not found", "Alamat ini tidak ada pada API.",
                "There is no such address in the API.", List.of());
    }

    /** The problem for an HTTP status that no code of ours chose (the JAX-RS runtime's, the web server's). */
    public static Problem forStatus(int status) {
        return switch (status) {
            case 400 -> of(400, "bad-request", "Permintaan tidak dapat dibaca", "Bad request",
                    "Permintaan tidak sesuai format yang diharapkan.", "The request is not in the expected format.",
                    List.of());
            case 404 -> unknownPath();
            case 405 -> of(405, "method-not-allowed", "Metode tidak diizinkan", "Method not allowed",
                    "Metode HTTP ini tidak berlaku untuk alamat ini.", "This HTTP method does not apply here.",
                    List.of());
            case 406 -> of(406, "not-acceptable", "Format jawaban tidak tersedia", "Not acceptable",
                    "API ini menjawab dalam JSON.", "This API answers in JSON.", List.of());
            case 414 -> of(414, "uri-too-long", "Alamat terlalu panjang", "URI too long",
                    "Alamat permintaan terlalu panjang.", "The request address is too long.", List.of());
            case 415 -> of(415, "unsupported-media-type", "Format isi tidak didukung", "Unsupported media type",
                    "Kirim isi permintaan sebagai application/json.", "Send the request body as application/json.",
                    List.of());
            case 431 -> of(431, "headers-too-large", "Header terlalu besar", "Request header fields too large",
                    "Header permintaan terlalu besar.", "The request headers are too large.", List.of());
            default -> of(status, "http-" + status, "Permintaan gagal", "Request failed",
                    "Permintaan tidak dapat diproses (HTTP " + status + ").",
                    "The request could not be processed (HTTP " + status + ").", List.of());
        };
    }

    public static Problem of(ApiException e) {
        String existing = e instanceof ConflictException c ? c.existingPath() : null;
        return new Problem(TYPE_PREFIX + e.type(), e.title(), e.titleEn(), e.status(), e.detail(), e.detailEn(),
                e.errors(), existing);
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
