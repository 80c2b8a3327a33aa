package io.newswire.index.rest;

import io.newswire.index.search.ArticleQuery;
import io.newswire.index.search.Cursor;
import io.newswire.index.search.FacetRequest;
import io.newswire.index.search.GeoCircle;
import io.newswire.index.search.HistogramInterval;
import io.newswire.index.search.LatLon;
import io.newswire.index.search.SortBy;
import io.newswire.index.search.TimeRange;
import io.newswire.problem.Problem;
import io.newswire.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of {@code GET /articles/search} as given, and their reading into an {@link ArticleQuery}.
 * Every value arrives as text, so that a malformed one is a 400 problem naming its parameter rather than the
 * framework's 404. An empty value counts as absent, as an empty form field does. Unknown parameters and repeated
 * single-valued ones are refused: a misspelt filter must not silently widen the search.
 */
public class SearchParameters {

    static final int DEFAULT_SIZE = 10;
    static final int MAX_SIZE = 100;
    static final int DEFAULT_FACET_SIZE = 10;
    static final int MAX_FACET_SIZE = 50;
    static final int MAX_TEXT_LENGTH = 1000;

    private static final Set<String> REPEATABLE = Set.of("place", "country", "person", "organization");
    private static final Set<String> SINGLE = Set.of("q", "near", "radius", "from", "to", "mentionedFrom",
            "mentionedTo", "sort", "size", "cursor", "facetSize", "interval");
    private static final Pattern GEONAME_ID = Pattern.compile("\\d{1,18}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    @QueryParam("q")
    @Parameter(description = "Full text over title and text. All words must occur; \"quoted phrase\", "
            + "a | b for either, -word to exclude. Matches come back highlighted.", example = "Palmyra tanks")
    String q;

    @QueryParam("place")
    @Parameter(description = "A place the article names: a GeoNames id (matches that place) or an exact GeoNames "
            + "name (matches every place of that name). Repeat for any of several.", example = "163808")
    List<String> place;

    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2 code of a country where a place the article names lies. "
            + "Repeat for any of several.", example = "SY")
    List<String> country;

    @QueryParam("person")
    @Parameter(description = "Exact name of a person the article names, as in the persons facet. "
            + "Repeat for any of several.", example = "Vladimir Putin")
    List<String> person;

    @QueryParam("organization")
    @Parameter(description = "Exact name of an organization the article names, as in the organizations facet. "
            + "Repeat for any of several.", example = "Syrian Observatory for Human Rights")
    List<String> organization;

    @QueryParam("near")
    @Parameter(description = "lat,lon in decimal degrees: articles naming a place within `radius` of it.",
            example = "34.73,36.71")
    String near;

    @QueryParam("radius")
    @Parameter(description = "Radius around `near`: a number with km, m or mi.",
            schema = @Schema(type = SchemaType.STRING, defaultValue = GeoCircle.DEFAULT_RADIUS), example = "50km")
    String radius;

    @QueryParam("from")
    @Parameter(description = "Published on or after: a date-time, or a day, month or year from its first instant "
            + "(UTC).", example = "2016-12-05")
    String from;

    @QueryParam("to")
    @Parameter(description = "Published on or before: a date-time, or a day, month or year up to its last instant "
            + "(UTC).", example = "2016-12-11")
    String to;

    @QueryParam("mentionedFrom")
    @Parameter(description = "The text mentions a date on or after this day, month or year. A mention of a month "
            + "or year counts as its first day.", example = "2016-12-10")
    String mentionedFrom;

    @QueryParam("mentionedTo")
    @Parameter(description = "The text mentions a date on or before this day, month or year.", example = "2016-12")
    String mentionedTo;

    @QueryParam("sort")
    @Parameter(description = "relevance (the default with `q`), newest (the default without), or distance "
            + "(nearest place mention first; needs `near`).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"relevance", "newest", "distance"}))
    String sort;

    @QueryParam("size")
    @Parameter(description = "Hits per page; 0 for facets only.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "" + MAX_SIZE,
                    defaultValue = "" + DEFAULT_SIZE))
    String size;

    @QueryParam("cursor")
    @Parameter(description = "The `next` of the previous page, with every other parameter unchanged.")
    String cursor;

    @QueryParam("facetSize")
    @Parameter(description = "Entries in each of the places, countries, persons and organizations facets; "
            + "0 for no facets.", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
            maximum = "" + MAX_FACET_SIZE, defaultValue = "" + DEFAULT_FACET_SIZE))
    String facetSize;

    @QueryParam("interval")
    @Parameter(description = "Calendar interval of the publication histogram (UTC).",
            schema = @Schema(type = SchemaType.STRING, defaultValue = "day",
                    enumeration = {"day", "week", "month", "quarter", "year"}))
    String interval;

    /** Reads the parameters; {@code given} is the request's query string, to find unknown and repeated names. */
    ArticleQuery toQuery(MultivaluedMap<String, String> given) {
        for (Map.Entry<String, List<String>> parameter : given.entrySet()) {
            String name = parameter.getKey();
            if (!REPEATABLE.contains(name) && !SINGLE.contains(name)) {
                throw invalid(name, "is not a parameter of this search");
            }
            if (SINGLE.contains(name) && parameter.getValue().size() > 1) {
                throw invalid(name, "may be given once");
            }
        }
        String text = present(q);
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw invalid("q", "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        List<Long> placeIds = new ArrayList<>();
        List<String> placeNames = new ArrayList<>();
        for (String value : values(place)) {
            if (GEONAME_ID.matcher(value).matches()) {
                placeIds.add(Long.parseLong(value));
            } else {
                placeNames.add(value);
            }
        }
        List<String> countries = new ArrayList<>();
        for (String value : values(country)) {
            String code = value.toUpperCase(Locale.ROOT);
            if (!COUNTRY.matcher(code).matches()) {
                throw invalid("country", "must be an ISO 3166-1 alpha-2 code, e.g. SY");
            }
            countries.add(code);
        }
        GeoCircle circle = near(present(near), present(radius));
        SortBy order = present(sort) == null ? (text == null ? SortBy.NEWEST : SortBy.RELEVANCE)
                : read("sort", present(sort), SortBy::parse);
        if (order == SortBy.DISTANCE && circle == null) {
            throw invalid("sort", "distance needs near");
        }
        return new ArticleQuery(text, placeIds, placeNames, countries, values(person), values(organization),
                circle, range("from", from, "to", to),
                range("mentionedFrom", mentionedFrom, "mentionedTo", mentionedTo),
                order, count("size", size, DEFAULT_SIZE, MAX_SIZE),
                present(cursor) == null ? null : read("cursor", present(cursor), token -> Cursor.decode(token, order)),
                new FacetRequest(count("facetSize", facetSize, DEFAULT_FACET_SIZE, MAX_FACET_SIZE),
                        present(interval) == null ? HistogramInterval.DAY
                                : read("interval", present(interval), HistogramInterval::parse)));
    }

    private static GeoCircle near(String center, String radius) {
        if (center == null) {
            if (radius != null) {
                throw invalid("radius", "needs near");
            }
            return null;
        }
        return new GeoCircle(read("near", center, LatLon::parse),
                read("radius", radius == null ? GeoCircle.DEFAULT_RADIUS : radius, GeoCircle::parseRadius));
    }

    private static TimeRange range(String fromName, String fromValue, String toName, String toValue) {
        String start = present(fromValue);
        String end = present(toValue);
        TimeRange range = new TimeRange(start == null ? null : read(fromName, start, TimeRange::start),
                end == null ? null : read(toName, end, TimeRange::end));
        if (range.from() != null && range.until() != null && !range.from().isBefore(range.until())) {
            throw invalid(toName, "must not be before " + fromName);
        }
        return range;
    }

    private static int count(String name, String value, int defaultValue, int max) {
        String given = present(value);
        if (given == null) {
            return defaultValue;
        }
        try {
            int count = Integer.parseInt(given);
            if (count >= 0 && count <= max) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw invalid(name, "must be a whole number from 0 to " + max);
    }

    private static <T> T read(String name, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, e.getMessage());
        }
    }

    private static List<String> values(List<String> given) {
        return given == null ? List.of()
                : given.stream().map(SearchParameters::present).filter(Objects::nonNull).toList();
    }

    private static String present(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ProblemException invalid(String parameter, String detail) {
        return new ProblemException(Problem.invalidParameter(parameter, detail));
    }
}
