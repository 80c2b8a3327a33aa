package io.newswire.index.rest;

import io.newswire.index.elasticsearch.PlaceLookup;
import io.newswire.index.search.PlaceSummary;
import io.newswire.problem.Problem;
import io.newswire.problem.ProblemException;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The places articles name, by GeoNames id. */
@Path("/places")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Blocking
@Tag(name = "places")
public class PlaceResource {

    private static final Pattern GEONAME_ID = Pattern.compile("\\d{1,18}");

    private final PlaceLookup places;

    public PlaceResource(PlaceLookup places) {
        this.places = places;
    }

    @GET
    @Path("/{geonameId}")
    @Operation(summary = "A place and its article count",
            description = "Name, country, feature code and coordinates as an indexed article gives them, and how "
                    + "many articles name the place. Its articles: GET /articles/search?place={geonameId}.")
    @APIResponse(responseCode = "200", description = "The place",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlaceSummary.class)))
    @APIResponse(responseCode = "400", ref = SearchApi.INVALID_PARAMETER)
    @APIResponse(responseCode = "404", description = "No indexed article names this place",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", ref = SearchApi.UNAVAILABLE)
    public PlaceSummary place(@PathParam("geonameId") @Parameter(description = "GeoNames id", example = "163808")
            String geonameId) throws IOException {
        if (!GEONAME_ID.matcher(geonameId).matches()) {
            throw new ProblemException(Problem.invalidParameter("geonameId", "must be a GeoNames id, e.g. 163808"));
        }
        return places.find(Long.parseLong(geonameId)).orElseThrow(() -> new ProblemException(
                Problem.of(404, "not-found", "Not Found", "no indexed article names place " + geonameId)));
    }
}
