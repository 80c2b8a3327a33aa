package io.newswire.ingest.rest;

/**
 * The body of {@code POST /articles}, read by {@link ArticleBodyReader} no further than the article limit: a body
 * over it is refused as it is read, however much the client still sends.
 */
public record ArticleBody(byte[] bytes) {
}
