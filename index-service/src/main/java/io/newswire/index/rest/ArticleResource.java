package io.newswire.index.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.index.elasticsearch.ArticleIndex;
import io.newswire.index.elasticsearch.ArticleSearch;
import io.newswire.index.search.SearchResult;
import io.newswire.model.EnrichedArticle;
import io.newswire.problem.Problem;
import io.newswire.problem.ProblemException;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Read-only access to the index: one article by id, and search with filters, facets and cursor paging. */
@Path("/articles")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Blocking
@Tag(name = "articles")
public class ArticleResource {

    private final ArticleIndex index;
    private final ArticleSearch search;

    public ArticleResource(ArticleIndex index, ArticleSearch search) {
        this.index = index;
        this.search = search;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article, in full",
            description = "The enriched article as indexed: its text, its tags with every mention, and the fields "
                    + "derived for search (persons, organizations, countries, mentionedDates, locations[].point).")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnrichedArticle.class)))
    @APIResponse(responseCode = "404", description = "No article with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", ref = SearchApi.UNAVAILABLE)
    public ObjectNode article(@PathParam("id") @Parameter(description = "The article id (derived from its URL)")
            String id) throws IOException {
        return index.get(id).orElseThrow(() -> new ProblemException(
                Problem.of(404, "not-found", "Not Found", "no article with id " + id)));
    }

    @GET
    @Path("/search")
    @Operation(summary = "Search articles",
            description = "Every parameter is optional and all combine: the filters given must all match, and the "
                    + "values of a repeated filter are alternatives. One answer holds a page of hits (without the "
                    + "full text; with highlighted matches of `q`), the total, the cursor of the next page, and "
                    + "facets over every matching article. Example: what was reported near Homs in the week of "
                    + "5 December 2016 naming Putin: near=34.73,36.71&radius=50km&from=2016-12-05&to=2016-12-11"
                    + "&person=Vladimir Putin")
    @APIResponse(responseCode = "200", description = "A page of hits, with facets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SearchResult.class)))
    @APIResponse(responseCode = "400", ref = SearchApi.INVALID_PARAMETER)
    @APIResponse(responseCode = "503", ref = SearchApi.UNAVAILABLE)
    public SearchResult search(@BeanParam SearchParameters parameters, @Context UriInfo uri) throws IOException {
        return search.search(parameters.toQuery(uri.getQueryParameters()));
    }
}
