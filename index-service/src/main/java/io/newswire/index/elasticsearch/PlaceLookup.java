package io.newswire.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.index.IndexConfig;
import io.newswire.index.search.PlaceSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Optional;

/**
 * A place by GeoNames id, as the index knows it: name, country, feature code and coordinates from the newest
 * article that names it, and the number of articles that do. There is no place index: a place is known when named.
 */
@ApplicationScoped
public class PlaceLookup {

    private final ElasticsearchClient client;
    private final IndexConfig config;

    public PlaceLookup(ElasticsearchClient client, IndexConfig config) {
        this.client = client;
        this.config = config;
    }

    public Optional<PlaceSummary> find(long geonameId) throws IOException {
        SearchResponse<ObjectNode> response = client.search(s -> s
                .index(config.alias())
                .size(1)
                .trackTotalHits(t -> t.enabled(true))
                .query(q -> q.term(t -> t.field("locations.geonameId").value(geonameId)))
                .source(src -> src.filter(f -> f.includes("locations")))
                .sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc))), ObjectNode.class);
        if (response.hits().hits().isEmpty()) {
            return Optional.empty();
        }
        long articles = response.hits().total().value();
        for (JsonNode place : response.hits().hits().getFirst().source().path("locations")) {
            if (place.path("geonameId").asLong() == geonameId) {
                return Optional.of(new PlaceSummary(geonameId, place.path("name").asText(),
                        place.path("countryCode").asText(), place.path("featureCode").asText(),
                        place.path("lat").asDouble(), place.path("lon").asDouble(), articles));
            }
        }
        return Optional.empty();
    }
}
