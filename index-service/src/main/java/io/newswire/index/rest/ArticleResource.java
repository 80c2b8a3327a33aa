package io.newswire.index.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.index.elasticsearch.ArticleIndex;
import io.newswire.index.elasticsearch.ArticleSearch;
import io.newswire.index.elasticsearch.SearchResult;
import io.newswire.problem.Problem;
import io.newswire.problem.ProblemException;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;

/** Read-only access to the index: one article by id, and full-text search. */
@Path("/articles")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Blocking
public class ArticleResource {

    private static final int MAX_SIZE = 100;

    private final ArticleIndex index;
    private final ArticleSearch search;

    public ArticleResource(ArticleIndex index, ArticleSearch search) {
        this.index = index;
        this.search = search;
    }

    /** The article as indexed: the enriched article with its tags, and the fields derived for search. */
    @GET
    @Path("/{id}")
    public ObjectNode article(@PathParam("id") String id) throws IOException {
        return index.get(id).orElseThrow(() -> new ProblemException(
                Problem.of(404, "not-found", "Not Found", "no article with id " + id)));
    }

    @GET
    @Path("/search")
    public SearchResult search(@QueryParam("q") String q, @QueryParam("size") @DefaultValue("10") int size)
            throws IOException {
        if (size < 0 || size > MAX_SIZE) {
            throw new ProblemException(Problem.invalidParameter("size", "must be between 0 and " + MAX_SIZE));
        }
        return search.search(q, size);
    }
}
