package io.newswire.testing;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
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
        try {
            admin.createTopics(java.util.Arrays.stream(names)
                    .map(name -> new NewTopic(name, partitions, (short) 1))
                    .toList()).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics " + List.of(names), e.getCause());
        }
    }

    /** How many records were ever written to the topic: the sum of its partitions' end offsets. */
    public long endOffsets(String topic) {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            Map<TopicPartition, OffsetSpec> latest = description.partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream()
                    .mapToLong(info -> info.offset())
                    .sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read end offsets of " + topic, e.getCause());
        }
    }

    /** The sum of a consumer group's committed offsets over every partition it has committed. */
    public long committedOffsets(String group) {
        try {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().values().stream()
                    .filter(java.util.Objects::nonNull)
                    .mapToLong(offset -> offset.offset())
                    .sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of group " + group, e.getCause());
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
