package io.newswire.index.rest;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.newswire.problem.Problem;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Elasticsearch failures as problems: an index not created yet finds nothing; an unreachable node is a 503. */
public class ElasticsearchProblems {

    private static final Logger LOG = Logger.getLogger(ElasticsearchProblems.class);

    @ServerExceptionMapper
    public Response elasticsearch(ElasticsearchException e) {
        if (e.status() == 404) {
            return Problem.of(404, "not-found", "Not Found", "no articles indexed yet").toResponse();
        }
        LOG.warn("search failed", e);
        return Problem.of(502, "search-failed", "Bad Gateway", "Elasticsearch refused the search: " + e.error().type())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unreachable(IOException e) {
        LOG.warn("Elasticsearch unreachable", e);
        return Response.fromResponse(Problem.of(503, "unavailable", "Service Unavailable",
                        "Elasticsearch is unreachable; retry later").toResponse())
                .header("Retry-After", 5)
                .build();
    }
}
