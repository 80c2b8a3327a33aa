package io.newswire.model;

import java.time.OffsetDateTime;
import java.util.List;

/** An article with its tags, as published by enrich-service on {@code articles.enriched}. */
public record EnrichedArticle(
        int schemaVersion,
        String id,
        String url,
        String title,
        String text,
        String source,
        String language,
        OffsetDateTime publishedAt,
        OffsetDateTime receivedAt,
        OffsetDateTime enrichedAt,
        List<Place> locations,
        List<Entity> entities,
        List<TemporalExpression> dates) {

    public static final int SCHEMA_VERSION = 1;

    public static EnrichedArticle of(Article article, Tags tags, OffsetDateTime enrichedAt) {
        return new EnrichedArticle(SCHEMA_VERSION, article.id(), article.url(), article.title(), article.text(),
                article.source(), article.language(), article.publishedAt(), article.receivedAt(), enrichedAt,
                tags.locations(), tags.entities(), tags.dates());
    }
}
