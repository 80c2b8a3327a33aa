package io.newswire.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Limits, API keys and Kafka settings of ingest-service; every one is overridable by environment variable. */
@ConfigMapping(prefix = "newswire.ingest")
public interface IngestConfig {

    /** Topic the accepted articles are published to. */
    @WithDefault("articles.raw")
    String topic();

    /** Largest body of {@code POST /articles}, in bytes. */
    @WithDefault("2097152")
    int maxArticleBytes();

    /** Largest body of {@code POST /articles/batch}, in bytes. */
    @WithDefault("33554432")
    int maxBatchBytes();

    /** Most articles in one batch. */
    @WithDefault("1000")
    int maxBatchItems();

    /** Largest article text, in UTF-8 bytes. */
    @WithDefault("1048576")
    int maxTextBytes();

    /** Longest url, in characters. */
    @WithDefault("2048")
    int maxUrlLength();

    /** Longest title, source or language, in characters. */
    @WithDefault("1000")
    int maxFieldLength();

    /** Deepest JSON nesting accepted before parsing stops. */
    @WithDefault("32")
    int maxJsonDepth();

    /**
     * Keys a client must present to submit articles ({@code Authorization: Bearer <key>} or {@code X-API-Key});
     * none configured turns authentication off.
     */
    Optional<List<String>> apiKeys();

    /** What a 503 tells the client to wait before retrying. */
    @WithDefault("5S")
    Duration retryAfter();

    /**
     * Once a send failed because Kafka was unreachable, submissions are answered 503 without trying, and a probe asks
     * Kafka this often whether it answers again.
     */
    @WithDefault("1S")
    Duration kafkaProbeInterval();

    /** Back-pressure: new articles wait, then are refused, while the pipeline's backlog is over a bound. */
    Backlog backlog();

    interface Backlog {

        /**
         * Articles accepted but not yet consumed by every stage (the summed lag of {@link #groups()}) above which
         * new ones wait for room, then are answered 503; 0 turns back-pressure off.
         */
        @WithDefault("2000")
        long maxArticles();

        /** The consumer groups whose lag is the backlog, each as {@code group:topic}. */
        @WithDefault("newswire-enrich:articles.raw,newswire-index:articles.enriched")
        List<String> groups();

        /** How often the lag is read from Kafka. */
        @WithDefault("200ms")
        Duration checkInterval();

        /** How long a submission that finds the backlog full waits for room before it is answered 503; 0: no wait. */
        @WithDefault("2S")
        Duration maxWait();

        /** What a 503 for a full backlog tells the client to wait before retrying. */
        @WithDefault("1S")
        Duration retryAfter();
    }
}
