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
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/** Creates the topics a test uses, writes and commits on them, and counts what was written to them. */
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
        return offsets(topic, OffsetSpec.latest(), isolation);
    }

    /** Each partition's first offset still held (above 0 once records were deleted or expired). */
    public Map<Integer, Long> startOffsets(String topic) {
        return offsets(topic, OffsetSpec.earliest(), IsolationLevel.READ_UNCOMMITTED);
    }

    private Map<Integer, Long> offsets(String topic, OffsetSpec spec, IsolationLevel isolation) {
        String what = "read offsets of " + topic;
        TopicDescription description = await(admin.describeTopics(List.of(topic)).allTopicNames(), what).get(topic);
        Map<TopicPartition, OffsetSpec> specs = description.partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> spec));
        return await(admin.listOffsets(specs, new ListOffsetsOptions(isolation)).all(), what).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset(), (a, b) -> a,
                        TreeMap::new));
    }

    /** Writes {@code records} string records to one partition, each acknowledged before the next. */
    public void write(String topic, int partition, int records) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                TestStack.kafkaBootstrapServers()), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, partition, "k", "v" + i)).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write to " + topic, e.getCause());
        }
    }

    /** Commits offsets of a topic's partitions for a group that has no member running. */
    public void commit(String group, String topic, Map<Integer, Long> offsets) {
        await(admin.alterConsumerGroupOffsets(group, offsets.entrySet().stream().collect(Collectors.toMap(
                e -> new TopicPartition(topic, e.getKey()), e -> new OffsetAndMetadata(e.getValue())))).all(),
                "commit offsets of group " + group);
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
