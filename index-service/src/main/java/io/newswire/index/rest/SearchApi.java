package io.newswire.index.rest;

import io.newswire.problem.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The OpenAPI description of index-service's HTTP API (served at /q/openapi, browsable at /q/swagger-ui), with the
 * problem responses every operation shares.
 */
@OpenAPIDefinition(
        info = @Info(title = "Newswire search API", version = "1",
                description = "Articles enriched with the places, persons, organizations and dates they name: "
                        + "search with filters, facets and cursor paging.",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        components = @Components(responses = {
                @APIResponse(name = SearchApi.INVALID_PARAMETER, responseCode = "400",
                        description = "A parameter is invalid; the problem's `parameter` names it",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = SearchApi.UNAVAILABLE, responseCode = "503",
                        description = "Elasticsearch is unreachable; retry after Retry-After",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class)))}))
public class SearchApi extends Application {

    static final String INVALID_PARAMETER = "InvalidParameter";
    static final String UNAVAILABLE = "Unavailable";
}
