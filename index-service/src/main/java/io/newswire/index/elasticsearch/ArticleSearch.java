package io.newswire.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.index.IndexConfig;
import io.newswire.index.document.PlaceKey;
import io.newswire.index.search.ArticleQuery;
import io.newswire.index.search.Cursor;
import io.newswire.index.search.Facets;
import io.newswire.index.search.SearchResult;
import io.newswire.index.search.SortBy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Runs article searches on the articles alias, one request each (see {@link ArticleSearchRequest}), and reads the
 * answer: the page of hits, a cursor when more follow, and the facets. Highlighted fragments are HTML-encoded by
 * Elasticsearch, so the only markup in them is the {@code <em>} it adds: safe to put in a page.
 */
@ApplicationScoped
public class ArticleSearch {

    private final ElasticsearchClient client;
    private final IndexConfig config;

    public ArticleSearch(ElasticsearchClient client, IndexConfig config) {
        this.client = client;
        this.config = config;
    }

    public SearchResult search(ArticleQuery query) throws IOException {
        SearchResponse<ObjectNode> response = client.search(ArticleSearchRequest.of(config.alias(), query),
                ObjectNode.class);
        List<Hit<ObjectNode>> hits = response.hits().hits();
        boolean more = query.size() > 0 && hits.size() > query.size();
        List<Hit<ObjectNode>> page = more ? hits.subList(0, query.size()) : hits;
        String next = more ? cursorAfter(page.getLast(), query.sort()).encode() : null;
        long total = response.hits().total() == null ? page.size() : response.hits().total().value();
        Facets facets = query.facets().wanted() ? facets(response.aggregations()) : null;
        return new SearchResult(total, page.stream().map(hit -> hit(hit, query.sort())).toList(), next, facets);
    }

    private static SearchResult.Hit hit(Hit<ObjectNode> hit, SortBy sort) {
        Double distanceKm = sort == SortBy.DISTANCE ? hit.sort().getFirst().doubleValue() : null;
        Map<String, List<String>> highlight = hit.highlight() == null ? Map.of() : hit.highlight();
        return new SearchResult.Hit(hit.id(), hit.score(), distanceKm, hit.source(), highlight);
    }

    private static Cursor cursorAfter(Hit<ObjectNode> last, SortBy sort) {
        return new Cursor(sort, last.sort().stream().map(ArticleSearch::sortValue).toList());
    }

    private static Object sortValue(FieldValue value) {
        if (value.isDouble()) {
            return value.doubleValue();
        }
        if (value.isLong()) {
            return value.longValue();
        }
        if (value.isString()) {
            return value.stringValue();
        }
        throw new IllegalStateException("unexpected sort value " + value);
    }

    private static Facets facets(Map<String, Aggregate> aggregations) {
        List<Facets.PlaceCount> places = aggregations.get(ArticleSearchRequest.PLACES).sterms().buckets().array()
                .stream()
                .map(bucket -> {
                    PlaceKey key = PlaceKey.parse(bucket.key().stringValue());
                    return new Facets.PlaceCount(key.geonameId(), key.name(), key.countryCode(), bucket.docCount());
                })
                .toList();
        List<Facets.DateCount> published = aggregations.get(ArticleSearchRequest.PUBLISHED).dateHistogram().buckets()
                .array().stream()
                .map(bucket -> new Facets.DateCount(Instant.ofEpochMilli(bucket.key()), bucket.docCount()))
                .toList();
        return new Facets(places, terms(aggregations.get(ArticleSearchRequest.COUNTRIES)),
                terms(aggregations.get(ArticleSearchRequest.PERSONS)),
                terms(aggregations.get(ArticleSearchRequest.ORGANIZATIONS)), published);
    }

    private static List<Facets.TermCount> terms(Aggregate aggregate) {
        return aggregate.sterms().buckets().array().stream()
                .map(bucket -> new Facets.TermCount(bucket.key().stringValue(), bucket.docCount()))
                .toList();
    }
}
