package io.newswire.bench;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the pipeline's consumer groups are: their committed offsets and the topics' end offsets, summed; and the
 * deletion of the records they have consumed.
 */
final class KafkaOffsets implements AutoCloseable {

    private final Admin admin;

    KafkaOffsets(String bootstrapServers) {
        this.admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    int partitions(String topic) throws IOException {
        return (int) get(() -> admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic)
                .partitions().size());
    }

    /** Records ever written to the topic (transaction markers included). */
    long end(String topic) throws IOException {
        return get(() -> {
            var partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            return admin.listOffsets(partitions).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        });
    }

    /** The group's committed offsets on the topic, summed over partitions (0 where it has none). */
    long committed(String group, String topic) throws IOException {
        return get(() -> committedOffsets(group, topic).values().stream().mapToLong(OffsetAndMetadata::offset).sum());
    }

    /**
     * Deletes the topic's records below the group's committed offsets, partition by partition, and returns how many
     * there were; records the group has not consumed stay.
     */
    long deleteConsumed(String group, String topic) throws IOException {
        return get(() -> {
            Map<TopicPartition, OffsetAndMetadata> committed = committedOffsets(group, topic);
            if (committed.isEmpty()) {
                return 0L;
            }
            long before = admin.listOffsets(committed.keySet().stream()
                            .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.earliest())))
                    .all().get().entrySet().stream()
                    .mapToLong(entry -> Math.max(0, committed.get(entry.getKey()).offset() - entry.getValue().offset()))
                    .sum();
            admin.deleteRecords(committed.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    entry -> RecordsToDelete.beforeOffset(entry.getValue().offset())))).all().get();
            return before;
        });
    }

    /** The group's committed offset on each partition of the topic it has committed on. */
    private Map<TopicPartition, OffsetAndMetadata> committedOffsets(String group, String topic)
            throws InterruptedException, ExecutionException {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                .filter(entry -> entry.getKey().topic().equals(topic) && entry.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private interface Call {
        long run() throws InterruptedException, ExecutionException;
    }

    private static long get(Call call) throws IOException {
        try {
            return call.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
