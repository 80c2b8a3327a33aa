package io.newswire.lag;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.testing.KafkaTopics;
import io.newswire.testing.TestStack;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

/** On a real broker: a topic of two partitions, records written and some of them committed by a group. */
class ConsumerLagTest {

    private static final Duration INTERVAL = Duration.ofMillis(200);
    private final String topic = "lag-test-" + UUID.randomUUID();
    private final String group = "lag-test-group-" + UUID.randomUUID();
    private final MeterRegistry registry = new SimpleMeterRegistry();

    private static Map<String, Object> adminConfig() {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers());
    }

    @Test
    void lagIsWhatTheGroupHasNotCommittedCountingPartitionsItNeverCommittedFromTheirStart() throws Exception {
        try (KafkaTopics topics = new KafkaTopics()) {
            topics.create(2, topic);
        }
        write(0, 5);
        write(1, 3);
        commit(Map.of(0, 2L));

        try (ConsumerLag lag = ConsumerLag.start(adminConfig(), group, topic, INTERVAL, registry)) {
            awaitGauge(6); // 5 - 2 on partition 0, all 3 of partition 1

            commit(Map.of(0, 5L, 1, 1L));
            awaitGauge(2);
            write(0, 4);
            awaitGauge(6);
        }
        assertThat(registry.find(ConsumerLag.METRIC).gauge()).as("removed on close").isNull();
    }

    @Test
    void lagOfATopicKafkaDoesNotHaveIsUnknown() throws Exception {
        try (ConsumerLag lag = ConsumerLag.start(adminConfig(), group, topic, INTERVAL, registry)) {
            Thread.sleep(3 * INTERVAL.toMillis());
            assertThat(registry.get(ConsumerLag.METRIC).tags("group", group, "topic", topic).gauge().value()).isNaN();
        }
    }

    private void awaitGauge(double expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        double value = Double.NaN;
        while (System.nanoTime() < deadline) {
            value = registry.get(ConsumerLag.METRIC).tags("group", group, "topic", topic).gauge().value();
            if (value == expected) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("lag gauge " + value + ", expected " + expected);
    }

    private void write(int partition, int records) {
        try (KafkaTopics topics = new KafkaTopics()) {
            topics.write(topic, partition, records);
        }
    }

    private void commit(Map<Integer, Long> offsets) {
        try (KafkaTopics topics = new KafkaTopics()) {
            topics.commit(group, topic, offsets);
        }
    }
}
