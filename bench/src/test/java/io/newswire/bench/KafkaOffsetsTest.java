package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.testing.KafkaTopics;
import io.newswire.testing.TestStack;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** On a real broker: a topic of two partitions, records written and some of them committed by a group. */
class KafkaOffsetsTest {

    private final String topic = "offsets-test-" + UUID.randomUUID();
    private final String group = "offsets-test-group-" + UUID.randomUUID();

    @Test
    void deletingConsumedRecordsRemovesOnlyWhatTheGroupCommitted() throws Exception {
        try (KafkaTopics topics = new KafkaTopics();
                KafkaOffsets offsets = new KafkaOffsets(TestStack.kafkaBootstrapServers())) {
            topics.create(2, topic);
            topics.write(topic, 0, 5);
            topics.write(topic, 1, 3);
            assertThat(offsets.deleteConsumed(group, topic)).as("a group that never committed").isZero();

            topics.commit(group, topic, Map.of(0, 2L));
            assertThat(offsets.deleteConsumed(group, topic)).isEqualTo(2);
            assertThat(topics.startOffsets(topic)).containsExactlyInAnyOrderEntriesOf(Map.of(0, 2L, 1, 0L));

            topics.commit(group, topic, Map.of(0, 5L, 1, 1L));
            assertThat(offsets.committed(group, topic)).isEqualTo(6);
            assertThat(offsets.deleteConsumed(group, topic)).as("what is left below the new commits").isEqualTo(4);
            assertThat(topics.startOffsets(topic)).containsExactlyInAnyOrderEntriesOf(Map.of(0, 5L, 1, 1L));
            assertThat(offsets.end(topic)).as("records are deleted, offsets go on").isEqualTo(8);
        }
    }
}
