package io.newswire.index.elasticsearch;

import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortMode;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import io.newswire.index.search.ArticleQuery;
import io.newswire.index.search.FacetRequest;
import io.newswire.index.search.GeoCircle;
import io.newswire.index.search.TimeRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns an {@link ArticleQuery} into the one Elasticsearch request that answers it: the filtered, sorted page of
 * hits (one more than asked for, which tells whether a next page exists) and the facets as aggregations.
 */
final class ArticleSearchRequest {

    static final String PLACES = "places";
    static final String COUNTRIES = "countries";
    static final String PERSONS = "persons";
    static final String ORGANIZATIONS = "organizations";
    static final String PUBLISHED = "published";

    /** Hits carry highlights instead of the full text; place keys only serve the place facet. */
    private static final List<String> LEFT_OUT_OF_HITS = List.of("text", "placeKeys");
    private static final String DATE_FORMAT = "strict_date_optional_time";

    private ArticleSearchRequest() {
    }

    static SearchRequest of(String index, ArticleQuery query) {
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(index)
                .query(q -> q.bool(filtered(query)))
                .trackTotalHits(t -> t.enabled(true))
                .size(query.size() == 0 ? 0 : query.size() + 1)
                .source(s -> s.filter(f -> f.excludes(LEFT_OUT_OF_HITS)))
                .sort(sort(query));
        if (query.after() != null) {
            request.searchAfter(query.after().values().stream().map(ArticleSearchRequest::fieldValue).toList());
        }
        if (query.text() != null) {
            request.highlight(h -> h.encoder(HighlighterEncoder.Html)
                    .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))))
                    .fields(NamedValue.of("text", HighlightField.of(f -> f.numberOfFragments(3).fragmentSize(160)))));
        }
        if (query.facets().wanted()) {
            request.aggregations(aggregations(query.facets()));
        }
        return request.build();
    }

    private static BoolQuery filtered(ArticleQuery query) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (query.text() != null) {
            bool.must(m -> m.simpleQueryString(s -> s.query(query.text()).fields("title^2", "text")
                    .defaultOperator(Operator.And)));
        }
        if (!query.placeIds().isEmpty() || !query.placeNames().isEmpty()) {
            BoolQuery.Builder places = new BoolQuery.Builder().minimumShouldMatch("1");
            if (!query.placeIds().isEmpty()) {
                places.should(anyOf("locations.geonameId", query.placeIds().stream().map(FieldValue::of).toList()));
            }
            if (!query.placeNames().isEmpty()) {
                places.should(anyOf("locations.name", query.placeNames().stream().map(FieldValue::of).toList()));
            }
            bool.filter(f -> f.bool(places.build()));
        }
        filterAnyOf(bool, "countries", query.countries());
        filterAnyOf(bool, "persons", query.persons());
        filterAnyOf(bool, "organizations", query.organizations());
        if (query.near() != null) {
            GeoCircle near = query.near();
            bool.filter(f -> f.geoDistance(g -> g.field("locations.point")
                    .location(l -> l.latlon(p -> p.lat(near.center().lat()).lon(near.center().lon())))
                    .distance(near.radiusMeters() + "m")));
        }
        filterWithin(bool, "publishedAt", query.published());
        filterWithin(bool, "mentionedDates", query.mentioned());
        return bool.build();
    }

    private static void filterAnyOf(BoolQuery.Builder bool, String field, List<String> values) {
        if (!values.isEmpty()) {
            bool.filter(anyOf(field, values.stream().map(FieldValue::of).toList()));
        }
    }

    private static Query anyOf(String field, List<FieldValue> values) {
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values))));
    }

    private static void filterWithin(BoolQuery.Builder bool, String field, TimeRange range) {
        if (range.isOpen()) {
            return;
        }
        bool.filter(f -> f.range(r -> r.date(d -> {
            d.field(field).format(DATE_FORMAT);
            if (range.from() != null) {
                d.gte(range.from().toString());
            }
            if (range.until() != null) {
                d.lt(range.until().toString());
            }
            return d;
        })));
    }

    /** The sort keys of {@link io.newswire.index.search.SortBy}, in its order, then the tie-breakers. */
    private static List<SortOptions> sort(ArticleQuery query) {
        List<SortOptions> sort = new ArrayList<>(3);
        switch (query.sort()) {
            case RELEVANCE -> sort.add(SortOptions.of(s -> s.score(c -> c.order(SortOrder.Desc))));
            case DISTANCE -> {
                GeoCircle near = query.near();
                sort.add(SortOptions.of(s -> s.geoDistance(g -> g.field("locations.point")
                        .location(l -> l.latlon(p -> p.lat(near.center().lat()).lon(near.center().lon())))
                        .mode(SortMode.Min).unit(DistanceUnit.Kilometers).order(SortOrder.Asc))));
            }
            case NEWEST -> { }
        }
        sort.add(SortOptions.of(s -> s.field(f -> f.field("publishedAt").order(SortOrder.Desc))));
        sort.add(SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
        return sort;
    }

    private static Map<String, Aggregation> aggregations(FacetRequest facets) {
        return Map.of(
                PLACES, terms("placeKeys", facets.size()),
                COUNTRIES, terms("countries", facets.size()),
                PERSONS, terms("persons", facets.size()),
                ORGANIZATIONS, terms("organizations", facets.size()),
                PUBLISHED, Aggregation.of(a -> a.dateHistogram(d -> d.field("publishedAt").minDocCount(1)
                        .calendarInterval(switch (facets.interval()) {
                            case DAY -> CalendarInterval.Day;
                            case WEEK -> CalendarInterval.Week;
                            case MONTH -> CalendarInterval.Month;
                            case QUARTER -> CalendarInterval.Quarter;
                            case YEAR -> CalendarInterval.Year;
                        }))));
    }

    private static Aggregation terms(String field, int size) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
    }

    private static FieldValue fieldValue(Object value) {
        return switch (value) {
            case Double d -> FieldValue.of(d);
            case Long l -> FieldValue.of(l);
            case String s -> FieldValue.of(s);
            default -> throw new IllegalStateException("unexpected sort value " + value);
        };
    }
}
