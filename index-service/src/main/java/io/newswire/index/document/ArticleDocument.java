package io.newswire.index.document;

/**
 * One enriched article ready for Elasticsearch: its id, the external version that orders rewrites of the same
 * article (enrichment time in microseconds, so a replayed older record never overwrites a newer one), and the JSON.
 */
public record ArticleDocument(String id, Long version, byte[] json) {
}
