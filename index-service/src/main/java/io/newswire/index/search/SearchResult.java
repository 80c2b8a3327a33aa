package io.newswire.index.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.model.EnrichedArticle;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of search hits, the cursor to the next page, and the facets of every article the search matches. */
public record SearchResult(
        @Schema(description = "Number of articles the search matches, on all pages") long total,
        List<Hit> hits,
        @Schema(description = "Cursor of the next page, to pass as `cursor` with the same parameters; "
                + "null on the last page") String next,
        @Schema(description = "Null when facetSize=0") Facets facets) {

    public record Hit(
            String id,
            @Schema(description = "Relevance score; null unless sorted by relevance") Double score,
            @Schema(description = "Distance in km from `near` to the nearest place the article names; "
                    + "only when sorted by distance") Double distanceKm,
            @Schema(implementation = EnrichedArticle.class,
                    description = "The indexed article without its full text (GET /articles/{id} has it), "
                            + "with the derived fields persons, organizations, countries, mentionedDates")
            ObjectNode article,
            @Schema(description = "Fragments of title and text matching `q`, keyed by field. HTML-escaped, "
                    + "matches wrapped in <em>: safe to insert into a page as HTML")
            Map<String, List<String>> highlight) {
    }
}
