package io.newswire.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.index.IndexConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Full-text search over the articles alias. Highlighted fragments are HTML-encoded by Elasticsearch, so the only
 * markup in them is the {@code <em>} it adds: safe to put in a page.
 */
@ApplicationScoped
public class ArticleSearch {

    private final ElasticsearchClient client;
    private final IndexConfig config;

    public ArticleSearch(ElasticsearchClient client, IndexConfig config) {
        this.client = client;
        this.config = config;
    }

    public SearchResult search(String text, int size) throws IOException {
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(config.alias())
                .size(size)
                .trackTotalHits(t -> t.enabled(true))
                .source(s -> s.filter(f -> f.excludes("text")));
        if (text == null || text.isBlank()) {
            request.query(q -> q.matchAll(m -> m)).sort(s -> s.field(f -> f.field("publishedAt").order(SortOrder.Desc)));
        } else {
            request.query(q -> q.multiMatch(m -> m.query(text).fields("title^2", "text")))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html)
                            .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))))
                            .fields(NamedValue.of("text", HighlightField.of(f -> f.numberOfFragments(3).fragmentSize(160)))));
        }
        SearchResponse<ObjectNode> response = client.search(request.build(), ObjectNode.class);
        List<SearchResult.Hit> hits = response.hits().hits().stream().map(ArticleSearch::hit).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, hits);
    }

    private static SearchResult.Hit hit(Hit<ObjectNode> hit) {
        Map<String, List<String>> highlight = hit.highlight() == null ? Map.of() : hit.highlight();
        return new SearchResult.Hit(hit.id(), hit.score(), hit.source(), highlight);
    }
}
