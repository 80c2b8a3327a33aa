package io.newswire.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a Quarkus test at the real Kafka of {@link TestStack}. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String servers = TestStack.kafkaBootstrapServers();
        return Map.of("kafka.bootstrap.servers", servers, "quarkus.kafka-streams.bootstrap-servers", servers);
    }

    @Override
    public void stop() {
        // The stack outlives the test: ./pipeline test (or the JVM, for containers) stops it.
    }
}
