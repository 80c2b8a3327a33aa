package io.newswire.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class KafkaCircuitTest {

    private long now = 1_000;
    private final KafkaCircuit circuit = new KafkaCircuit(Duration.ofSeconds(1), () -> now);

    @Test
    void everySendIsTriedWhileKafkaTakesArticles() {
        assertThat(circuit.admits()).isTrue();
        assertThat(circuit.admits()).isTrue();
    }

    @Test
    void afterKafkaWasUnreachableSendsAreRefusedUntilTheProbeIsDue() {
        circuit.unavailable(new TimeoutException("metadata"));
        assertThat(circuit.admits()).isFalse();
        now += Duration.ofMillis(999).toNanos();
        assertThat(circuit.admits()).isFalse();
    }

    @Test
    void onlyOneProbeIsLetThroughPerInterval() {
        circuit.unavailable(new TimeoutException("metadata"));
        now += Duration.ofSeconds(1).toNanos();
        assertThat(circuit.admits()).as("the probe").isTrue();
        assertThat(circuit.admits()).as("while the probe is out").isFalse();
        now += Duration.ofSeconds(1).toNanos();
        assertThat(circuit.admits()).as("the next interval's probe").isTrue();
    }

    @Test
    void aFailedProbePostponesTheNextOne() {
        circuit.unavailable(new TimeoutException("metadata"));
        now += Duration.ofSeconds(1).toNanos();
        assertThat(circuit.admits()).isTrue();
        now += Duration.ofMillis(500).toNanos();
        circuit.unavailable(new TimeoutException("metadata"));
        now += Duration.ofMillis(900).toNanos();
        assertThat(circuit.admits()).isFalse();
    }

    @Test
    void anAcknowledgedSendClosesTheCircuit() {
        circuit.unavailable(new TimeoutException("metadata"));
        now += Duration.ofSeconds(1).toNanos();
        assertThat(circuit.admits()).isTrue();
        circuit.acknowledged();
        assertThat(circuit.admits()).isTrue();
        assertThat(circuit.admits()).isTrue();
    }
}
