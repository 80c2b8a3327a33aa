package io.newswire.enrich;

import io.newswire.testing.KafkaResource;
import io.newswire.testing.KafkaTopics;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Real Kafka, with topics and an application id of this test run's own. */
public class EnrichTopicsResource extends KafkaResource {

    static final String RUN = UUID.randomUUID().toString();
    static final String RAW = "enrich-test-raw-" + RUN;
    static final String ENRICHED = "enrich-test-enriched-" + RUN;
    static final String DEAD = "enrich-test-dlq-" + RUN;
    static final String APPLICATION_ID = "enrich-test-" + RUN;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        try (KafkaTopics topics = new KafkaTopics()) {
            topics.create(2, RAW, ENRICHED, DEAD);
        }
        config.put("newswire.enrich.raw-topic", RAW);
        config.put("newswire.enrich.enriched-topic", ENRICHED);
        config.put("newswire.enrich.dead-letter-topic", DEAD);
        config.put("quarkus.kafka-streams.application-id", APPLICATION_ID);
        config.put("newswire.consumer-lag.interval", "500ms");
        return config;
    }
}
