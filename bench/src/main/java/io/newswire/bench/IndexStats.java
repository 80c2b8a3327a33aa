package io.newswire.bench;

import java.io.IOException;

/** What Elasticsearch is doing with the articles index, from its _stats: merges now, indexing so far. */
final class IndexStats {

    private final Elasticsearch elasticsearch;
    private final String index;

    IndexStats(Elasticsearch elasticsearch, String index) {
        this.elasticsearch = elasticsearch;
        this.index = index;
    }

    /** Merges running on the index now (throttled merges may run for minutes). */
    long merges() throws IOException {
        return elasticsearch.get("/" + index + "/_stats/merge").path("_all").path("primaries").path("merges")
                .path("current").asLong();
    }

    /** Indexing operations the index has done since it was created (refresh-independent). */
    long indexingTotal() throws IOException {
        return elasticsearch.get("/" + index + "/_stats/indexing").path("_all").path("primaries")
                .path("indexing").path("index_total").asLong();
    }
}
