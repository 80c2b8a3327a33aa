package io.newswire.ingest.backpressure;

import io.newswire.testing.KafkaResource;
import io.newswire.testing.KafkaTopics;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Real Kafka, a raw topic of this test run's own and a consumer group of its own whose lag is the backlog: the group
 * never consumes, so every accepted article stays in the backlog until the test commits offsets for it.
 */
public class BacklogTopicResource extends KafkaResource {

    static final String TOPIC = "ingest-backlog-test-" + UUID.randomUUID();
    static final String GROUP = "ingest-backlog-test-" + UUID.randomUUID();
    static final int MAX_ARTICLES = 3;
    static final Duration MAX_WAIT = Duration.ofSeconds(2);

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        try (KafkaTopics topics = new KafkaTopics()) {
            topics.create(2, TOPIC);
        }
        config.put("newswire.ingest.topic", TOPIC);
        config.put("newswire.ingest.backlog.max-articles", Integer.toString(MAX_ARTICLES));
        config.put("newswire.ingest.backlog.groups", GROUP + ":" + TOPIC);
        config.put("newswire.ingest.backlog.check-interval", "100ms");
        config.put("newswire.ingest.backlog.max-wait", MAX_WAIT.toMillis() + "ms");
        return config;
    }
}
