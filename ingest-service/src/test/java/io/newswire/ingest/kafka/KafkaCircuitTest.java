package io.newswire.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KafkaCircuitTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Kafka answers the probe once this many probes have failed. */
    private final AtomicInteger failuresLeft = new AtomicInteger(Integer.MAX_VALUE);
    private final AtomicInteger probes = new AtomicInteger();
    private final KafkaCircuit circuit = new KafkaCircuit(Duration.ofMillis(20), () -> {
        probes.incrementAndGet();
        if (failuresLeft.getAndDecrement() > 0) {
            throw new TimeoutException("no broker");
        }
        return null;
    });

    @AfterEach
    void close() {
        circuit.close();
    }

    @Test
    void everySendIsTriedWhileKafkaTakesArticles() {
        assertThat(circuit.admits()).isTrue();
        assertThat(circuit.admits()).isTrue();
        assertThat(probes).hasValue(0);
    }

    @Test
    void afterKafkaWasFoundUnreachableNoSendIsTriedWhileTheProbeFails() throws InterruptedException {
        circuit.unavailable(new TimeoutException("metadata"));
        awaitProbes(3);
        assertThat(circuit.admits()).isFalse();
    }

    @Test
    void theCircuitClosesWhenKafkaAnswersTheProbeWithoutAnyRequest() throws InterruptedException {
        failuresLeft.set(2);
        circuit.unavailable(new TimeoutException("metadata"));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!circuit.admits() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(circuit.admits()).isTrue();
        assertThat(probes).hasValue(3);
    }

    @Test
    void anAcknowledgedSendClosesTheCircuit() {
        circuit.unavailable(new TimeoutException("metadata"));
        circuit.acknowledged();
        assertThat(circuit.admits()).isTrue();
    }

    @Test
    void manyFailuresOpenItOnceWithOneProbeLoop() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            circuit.unavailable(new TimeoutException("metadata"));
        }
        Thread.sleep(200);
        // One loop probes about every 20 ms; a hundred loops would have probed hundreds of times by now.
        assertThat(probes.get()).isBetween(1, 15);
    }

    private void awaitProbes(int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (probes.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(probes.get()).isGreaterThanOrEqualTo(count);
    }
}
