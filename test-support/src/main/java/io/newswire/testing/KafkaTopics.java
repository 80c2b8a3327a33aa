package io.newswire.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/** Creates the topics a test uses and counts what was written to them. */
public final class KafkaTopics implements AutoCloseable {

    private final Admin admin;

    public KafkaTopics() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers());
        this.admin = Admin.create(config);
    }

    public void create(int partitions, String... names) {
        await(admin.createTopics(Arrays.stream(names)
                .map(name -> new NewTopic(name, partitions, (short) 1))
                .toList()).all(), "create topics " + List.of(names));
    }

    /** How many records were ever written to the topic: the sum of its partitions' end offsets. */
    public long endOffsets(String topic) {
        return endOffsets(topic, IsolationLevel.READ_UNCOMMITTED).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Each partition's end offset as a reader of that isolation level sees it: read_committed ends at the first
     * record of a transaction still open (the last stable offset), read_uncommitted at the high watermark.
     */
    public Map<Integer, Long> endOffsets(String topic, IsolationLevel isolation) {
        String what = "read end offsets of " + topic;
        TopicDescription description = await(admin.describeTopics(List.of(topic)).allTopicNames(), what).get(topic);
        Map<TopicPartition, OffsetSpec> latest = description.partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
        return await(admin.listOffsets(latest, new ListOffsetsOptions(isolation)).all(), what).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset(), (a, b) -> a,
                        TreeMap::new));
    }

    /** A consumer group's committed offset on each partition of a topic it has committed on. */
    public Map<Integer, Long> committedOffsets(String group, String topic) {
        return committed(group).entrySet().stream()
                .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                .collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset(), (a, b) -> a,
                        TreeMap::new));
    }

    /** The sum of a consumer group's committed offsets over every partition it has committed. */
    public long committedOffsets(String group) {
        return committed(group).values().stream()
                .filter(Objects::nonNull)
                .mapToLong(OffsetAndMetadata::offset)
                .sum();
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String group) {
        return await(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata(),
                "read the offsets of group " + group);
    }

    private static <T> T await(KafkaFuture<T> answer, String what) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot " + what, e.getCause());
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
