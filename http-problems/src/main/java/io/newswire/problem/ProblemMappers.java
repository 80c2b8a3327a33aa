package io.newswire.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as {@code application/problem+json}, including the framework's own 404, 405 and 415. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 415 -> "this resource does not accept that Content-Type";
            case 405 -> "method not allowed on this resource";
            case 404 -> "no such resource";
            default -> e.getMessage();
        };
        return Problem.ofStatus(status, detail).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return Problem.of(500, "internal-error", "Internal Server Error", "the request could not be processed")
                .toResponse();
    }
}
