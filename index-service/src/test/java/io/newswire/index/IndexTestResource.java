package io.newswire.index;

import io.newswire.testing.ElasticsearchResource;
import io.newswire.testing.KafkaResource;
import io.newswire.testing.KafkaTopics;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Real Kafka and Elasticsearch, with topics, consumer group and index alias of this test run's own. */
public class IndexTestResource extends KafkaResource {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String ENRICHED = "index-test-enriched-" + RUN;
    static final String DEAD = "index-test-dlq-" + RUN;
    static final String ALIAS = "index-test-" + RUN;

    @Override
    public Map<String, String> start() {
        return start(ENRICHED, DEAD, ALIAS);
    }

    /** Points the service at these topics and this alias, creating the topics; the group is named after the alias. */
    protected Map<String, String> start(String enriched, String dead, String alias) {
        Map<String, String> config = new HashMap<>(super.start());
        config.putAll(new ElasticsearchResource().start());
        try (KafkaTopics topics = new KafkaTopics()) {
            topics.create(2, enriched, dead);
        }
        config.put("mp.messaging.incoming.articles-enriched.topic", enriched);
        config.put("mp.messaging.incoming.articles-enriched.group.id", alias);
        config.put("mp.messaging.outgoing.index-dead-letters.topic", dead);
        config.put("newswire.index.alias", alias);
        config.put("newswire.index.refresh-interval", "200ms");
        config.put("newswire.consumer-lag.interval", "500ms");
        return config;
    }
}
