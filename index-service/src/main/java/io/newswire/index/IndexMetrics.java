package io.newswire.index;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The meters of indexing, registered at start-up so that every series exists from the first scrape:
 * {@code newswire.index.bulk.size} (documents per bulk request), {@code newswire.index.bulk.duration} (time per bulk
 * request, answered or failed), {@code newswire.index.bulk.retries{cause}} and
 * {@code newswire.dead_letters{stage=index, reason}}.
 */
@Singleton
@Startup
public class IndexMetrics {

    /** Why a bulk request had to be sent again. */
    public enum RetryCause {
        /** The request as a whole failed: Elasticsearch unreachable, timed out, or refused the whole bulk. */
        REQUEST,
        /** Elasticsearch answered, but refused some documents with 429 or 5xx: those are sent again. */
        ITEMS
    }

    /** Why an enriched record went to the index dead-letter topic. */
    public enum DeadLetterReason {
        /** Not a readable enriched article. */
        UNREADABLE,
        /** Elasticsearch refused the document for good (a 4xx other than 409, such as a mapping error). */
        REFUSED
    }

    private final DistributionSummary bulkSize;
    private final Timer bulkDuration;
    private final Map<RetryCause, Counter> retries = new EnumMap<>(RetryCause.class);
    private final Map<DeadLetterReason, Counter> deadLetters = new EnumMap<>(DeadLetterReason.class);

    public IndexMetrics(MeterRegistry registry) {
        bulkSize = DistributionSummary.builder("newswire.index.bulk.size")
                .description("Documents per bulk request")
                .register(registry);
        bulkDuration = Timer.builder("newswire.index.bulk.duration")
                .description("Time per bulk request, until Elasticsearch answered or the request failed")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry);
        for (RetryCause cause : RetryCause.values()) {
            retries.put(cause, Counter.builder("newswire.index.bulk.retries").tag("cause", tag(cause))
                    .description("Bulk requests sent again, by what failed")
                    .register(registry));
        }
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            deadLetters.put(reason, Counter.builder("newswire.dead_letters")
                    .tag("stage", "index").tag("reason", tag(reason))
                    .description("Records sent to a dead-letter topic, by stage and reason")
                    .register(registry));
        }
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public void bulk(int documents, long nanos) {
        bulkSize.record(documents);
        bulkDuration.record(nanos, TimeUnit.NANOSECONDS);
    }

    public void retried(RetryCause cause) {
        retries.get(cause).increment();
    }

    public void deadLettered(DeadLetterReason reason) {
        deadLetters.get(reason).increment();
    }
}
