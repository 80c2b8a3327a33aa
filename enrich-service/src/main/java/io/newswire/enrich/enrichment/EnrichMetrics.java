package io.newswire.enrich.enrichment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newswire.enrich.enrichment.UnreadableArticleException.Reason;
import io.newswire.model.Tags;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What enrichment does, per article: {@code newswire.enrich.duration} (reading, tagging and writing one article that
 * was enriched; its count is the number enriched), {@code newswire.enrich.tags{kind=place|entity|date}} (tags found
 * per enriched article) and {@code newswire.dead_letters{stage=enrich, reason}}. Every meter is registered up front.
 * Enrichment is at least once: after a crash the records since the last commit are enriched, and counted, again.
 */
@Singleton
public class EnrichMetrics {

    private final Timer duration;
    private final DistributionSummary places;
    private final DistributionSummary entities;
    private final DistributionSummary dates;
    private final Map<Reason, Counter> deadLetters = new EnumMap<>(Reason.class);

    public EnrichMetrics(MeterRegistry registry) {
        duration = Timer.builder("newswire.enrich.duration")
                .description("Time to enrich one article: read, tag, write")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(100_000))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
        places = tags(registry, "place");
        entities = tags(registry, "entity");
        dates = tags(registry, "date");
        for (Reason reason : Reason.values()) {
            deadLetters.put(reason, Counter.builder("newswire.dead_letters")
                    .tag("stage", "enrich").tag("reason", reason.tag())
                    .description("Records sent to a dead-letter topic, by stage and reason")
                    .register(registry));
        }
    }

    private static DistributionSummary tags(MeterRegistry registry, String kind) {
        return DistributionSummary.builder("newswire.enrich.tags").tag("kind", kind)
                .description("Tags found per enriched article")
                .register(registry);
    }

    void enriched(long nanos, Tags tags) {
        duration.record(nanos, TimeUnit.NANOSECONDS);
        places.record(tags.locations().size());
        entities.record(tags.entities().size());
        dates.record(tags.dates().size());
    }

    public void deadLettered(Reason reason) {
        deadLetters.get(reason).increment();
    }
}
