package io.newswire.index.search;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts over every article a search matches (not only the page), most frequent first. */
public record Facets(
        List<PlaceCount> places,
        @Schema(description = "ISO 3166-1 alpha-2 codes of the countries of the places named")
        List<TermCount> countries,
        List<TermCount> persons,
        List<TermCount> organizations,
        @Schema(description = "Articles per calendar interval of publication (UTC), oldest first; "
                + "intervals without articles are left out")
        List<DateCount> published) {

    @Schema(description = "A place, by its GeoNames id; pass the id as `place` to filter on it")
    public record PlaceCount(long geonameId, String name, String countryCode, long count) {
    }

    public record TermCount(String value, long count) {
    }

    public record DateCount(@Schema(description = "Start of the interval") Instant start, long count) {
    }
}
