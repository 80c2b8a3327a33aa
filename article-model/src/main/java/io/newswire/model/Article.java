package io.newswire.model;

import java.time.OffsetDateTime;

/**
 * An article as accepted by ingest-service and published on {@code articles.raw}, keyed by {@link #id()}.
 *
 * @param id          deterministic id derived from the normalized URL
 * @param publishedAt publication time as given (a date alone means midnight UTC); the time received when absent
 * @param receivedAt  when ingest-service accepted the article
 */
public record Article(
        int schemaVersion,
        String id,
        String url,
        String title,
        String text,
        String source,
        String language,
        OffsetDateTime publishedAt,
        OffsetDateTime receivedAt) {

    public static final int SCHEMA_VERSION = 1;
}
