package io.newswire.ingest.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The one Kafka Admin client of ingest-service, shared by the Kafka circuit's probe and the back-pressure's backlog
 * reading (it is thread-safe); made on first use from the shared Kafka section, security settings included.
 */
public class KafkaAdmin {

    @Produces
    @ApplicationScoped
    Admin admin(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        Map<String, Object> adminConfig = new HashMap<>();
        // The shared Kafka section also holds producer and consumer keys; pass the admin client only what it knows.
        kafkaConfig.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                adminConfig.put(key, value);
            }
        });
        return Admin.create(adminConfig);
    }

    void close(@Disposes Admin admin) {
        admin.close(Duration.ofSeconds(5));
    }
}
