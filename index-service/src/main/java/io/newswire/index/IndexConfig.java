package io.newswire.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Index layout and retry policy of index-service; every one is overridable by environment variable. */
@ConfigMapping(prefix = "newswire.index")
public interface IndexConfig {

    /** The alias searched and written; it points at {@code <alias>-v<version>}. */
    @WithDefault("articles")
    String alias();

    /** Version of the index behind the alias; bump it with a mapping change and reindex. */
    @WithDefault("1")
    int version();

    @WithDefault("1")
    int shards();

    /** 0 on one node, where replicas could never be assigned and the index would stay yellow. */
    @WithDefault("0")
    int replicas();

    @WithDefault("1s")
    String refreshInterval();

    /**
     * Segments of a size a merge waits for (Elasticsearch's default is 10). A 1 s refresh writes a small segment a
     * second: at 20 each document was merged 0.6-0.9 times instead of 1.3 and Elasticsearch spent 14-15% less CPU
     * per document (docs/configuration.md), for more segments per search.
     */
    @WithDefault("20")
    int segmentsPerTier();

    /** Analyzer of title and text; "english" where analysis-common is installed (the Docker image). */
    @WithDefault("standard")
    String textAnalyzer();

    /** First wait after a failed bulk; doubled on each failure up to {@link #maxBackoff()}, with jitter. */
    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("30s")
    Duration maxBackoff();

    /** How much of a rejected record's value is kept on the dead-letter topic, in bytes. */
    @WithDefault("65536")
    int deadLetterValueBytes();

    default String indexName() {
        return alias() + "-v" + version();
    }
}
