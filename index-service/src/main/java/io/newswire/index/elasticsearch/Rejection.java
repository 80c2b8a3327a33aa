package io.newswire.index.elasticsearch;

import io.newswire.index.document.ArticleDocument;

/** A document Elasticsearch refused for good (a mapping conflict, say), with Elasticsearch's own reason. */
public record Rejection(ArticleDocument document, String reason) {
}
