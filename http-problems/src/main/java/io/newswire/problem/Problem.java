package io.newswire.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * An RFC 9457 problem detail, with two extension members: {@code field} names the offending field of a submitted
 * document, {@code parameter} the offending query parameter, when there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field, String parameter) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem("/problems/" + slug, title, status, detail, null, null);
    }

    /** A problem that is just an HTTP status: titled by its reason phrase, typed by that phrase as a slug. */
    public static Problem ofStatus(int status, String detail) {
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "HTTP " + status : reason.getReasonPhrase();
        return of(status, title.toLowerCase(Locale.ROOT).replace(' ', '-'), title, detail);
    }

    public static Problem invalidField(String field, String detail) {
        return new Problem("/problems/invalid-field", "Invalid article field", 422,
                field.isEmpty() ? detail : field + " " + detail, field.isEmpty() ? null : field, null);
    }

    public static Problem invalidParameter(String parameter, String detail) {
        return new Problem("/problems/invalid-parameter", "Invalid query parameter", 400, parameter + " " + detail,
                null, parameter);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
