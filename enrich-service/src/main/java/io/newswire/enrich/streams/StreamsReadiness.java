package io.newswire.enrich.streams;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while Kafka Streams is RUNNING: not while it starts, rebalances, has failed or shuts down. Quarkus'
 * own checks cover the rest: readiness that the topics exist (and so that Kafka answers), liveness that the state is
 * running or rebalancing.
 */
@Readiness
@ApplicationScoped
public class StreamsReadiness implements HealthCheck {

    private final KafkaStreams streams;

    public StreamsReadiness(KafkaStreams streams) {
        this.streams = streams;
    }

    @Override
    public HealthCheckResponse call() {
        KafkaStreams.State state = streams.state();
        return HealthCheckResponse.named("kafka-streams-state")
                .status(state == KafkaStreams.State.RUNNING)
                .withData("state", state.name())
                .build();
    }
}
