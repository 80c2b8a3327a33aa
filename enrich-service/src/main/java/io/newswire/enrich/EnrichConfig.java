package io.newswire.enrich;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Topics and limits of enrich-service; every one is overridable by environment variable. */
@ConfigMapping(prefix = "newswire.enrich")
public interface EnrichConfig {

    @WithDefault("articles.raw")
    String rawTopic();

    @WithDefault("articles.enriched")
    String enrichedTopic();

    /** Where records that cannot be enriched go, with the reason and their origin in headers. */
    @WithDefault("articles.dlq")
    String deadLetterTopic();

    /** Longest text the tagger is given, in characters; longer articles are dead-lettered. */
    @WithDefault("1048576")
    int maxTextChars();

    /** Largest enriched record written, in bytes (below the topic's max.message.bytes). */
    @WithDefault("8000000")
    int maxEnrichedBytes();

    /** How much of a dead record's value is kept on the dead-letter topic, in bytes. */
    @WithDefault("65536")
    int deadLetterValueBytes();
}
