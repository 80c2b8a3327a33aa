package io.newswire.ingest.backpressure;

import io.newswire.testing.KafkaResource;
import io.newswire.testing.KafkaTopics;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Real Kafka and two consumer groups that never consume, as in the pipeline (enrich on ingest's topic, index on the
 * one after it): the backlog is the sum of both groups' lag, read in one request for the groups' offsets.
 */
public class BacklogGroupsResource extends KafkaResource {

    static final String RAW_TOPIC = "ingest-backlog-raw-" + UUID.randomUUID();
    static final String NEXT_TOPIC = "ingest-backlog-next-" + UUID.randomUUID();
    static final int MAX_ARTICLES = 3;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        try (KafkaTopics topics = new KafkaTopics()) {
            topics.create(2, RAW_TOPIC, NEXT_TOPIC);
        }
        config.put("newswire.ingest.topic", RAW_TOPIC);
        config.put("newswire.ingest.backlog.max-articles", Integer.toString(MAX_ARTICLES));
        config.put("newswire.ingest.backlog.groups", "raw-" + UUID.randomUUID() + ":" + RAW_TOPIC + ",next-"
                + UUID.randomUUID() + ":" + NEXT_TOPIC);
        config.put("newswire.ingest.backlog.check-interval", "100ms");
        config.put("newswire.ingest.backlog.max-wait", "0S");
        return config;
    }
}
