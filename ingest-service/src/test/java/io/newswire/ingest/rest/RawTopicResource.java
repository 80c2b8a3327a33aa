package io.newswire.ingest.rest;

import io.newswire.testing.KafkaResource;
import io.newswire.testing.KafkaTopics;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Real Kafka, and a raw topic of this test run's own, so counts are not disturbed by anything else. */
public class RawTopicResource extends KafkaResource {

    static final String TOPIC = "ingest-test-" + UUID.randomUUID();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        try (KafkaTopics topics = new KafkaTopics()) {
            topics.create(3, TOPIC);
        }
        config.put("newswire.ingest.topic", TOPIC);
        config.put("newswire.ingest.max-batch-items", "5");
        return config;
    }

    /** How many records were ever published to the topic of this run. */
    public static long endOffsets() {
        try (KafkaTopics topics = new KafkaTopics()) {
            return topics.endOffsets(TOPIC);
        }
    }
}
