package io.newswire.lag;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * The gauge {@code newswire.consumer.lag{group, topic}}: how many records of the topic the consumer group has still
 * to process, summed over partitions (the end offset a read_committed reader sees, less the group's committed
 * offset; from the earliest offset where the group committed nothing yet). It is read by an admin client every
 * interval, not per scrape, and from outside the consumer: it keeps growing while the consumers are stuck retrying,
 * paused or dead, when their own {@code records-lag-max} goes blank. NaN while Kafka cannot be asked.
 */
public final class ConsumerLag implements AutoCloseable {

    public static final String METRIC = "newswire.consumer.lag";
    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);

    private final Admin admin;
    private final String group;
    private final String topic;
    /** Each admin call gives up after one interval: a measurement never overlaps the next. */
    private final int timeoutMs;
    private final ScheduledExecutorService scheduler;
    private final Gauge gauge;
    private final MeterRegistry registry;
    private volatile double lag = Double.NaN;
    private boolean failing;

    private ConsumerLag(Admin admin, String group, String topic, Duration interval, MeterRegistry registry) {
        this.admin = admin;
        this.group = group;
        this.topic = topic;
        this.timeoutMs = (int) interval.toMillis();
        this.registry = registry;
        this.gauge = Gauge.builder(METRIC, this, ConsumerLag::lag)
                .tags("group", group, "topic", topic)
                .description("Records of the topic the consumer group has not processed yet")
                .register(registry);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "consumer-lag-" + group);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Registers the gauge and measures now, then every {@code interval}, until closed, with an admin client of its
     * own made from {@code adminConfig} (bootstrap servers and any security settings).
     */
    public static ConsumerLag start(Map<String, Object> adminConfig, String group, String topic, Duration interval,
            MeterRegistry registry) {
        ConsumerLag consumerLag = new ConsumerLag(Admin.create(adminConfig), group, topic, interval, registry);
        consumerLag.scheduler.scheduleWithFixedDelay(consumerLag::refresh, 0, interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return consumerLag;
    }

    public double lag() {
        return lag;
    }

    private void refresh() {
        try {
            lag = measure();
            if (failing) {
                LOG.infof("consumer lag of %s on %s readable again", group, topic);
                failing = false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException e) {
            lag = Double.NaN;
            if (!failing) { // once per outage, not at every interval
                LOG.warnf("cannot read the consumer lag of %s on %s: %s", group, topic, e.toString());
                failing = true;
            }
        }
    }

    /** The group's backlog on the topic now. */
    long measure() throws InterruptedException, ExecutionException {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic),
                        new DescribeTopicsOptions().timeoutMs(timeoutMs))
                .allTopicNames().get().get(topic).partitions().stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group,
                new ListConsumerGroupOffsetsOptions().timeoutMs(timeoutMs)).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        Map<TopicPartition, OffsetSpec> starts = new HashMap<>();
        for (TopicPartition partition : partitions) {
            ends.put(partition, OffsetSpec.latest());
            if (committed.get(partition) == null) {
                starts.put(partition, OffsetSpec.earliest());
            }
        }
        Map<TopicPartition, ListOffsetsResultInfo> end = offsets(ends);
        Map<TopicPartition, ListOffsetsResultInfo> start = starts.isEmpty() ? Map.of() : offsets(starts);
        long total = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            long from = done == null ? start.get(partition).offset() : done.offset();
            total += Math.max(0, end.get(partition).offset() - from);
        }
        return total;
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(Map<TopicPartition, OffsetSpec> specs)
            throws InterruptedException, ExecutionException {
        // read_committed: the last stable offset, past which a transactional topic holds nothing a reader may see yet.
        return admin.listOffsets(specs, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED).timeoutMs(timeoutMs))
                .all().get();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        registry.remove(gauge);
        admin.close(Duration.ofSeconds(5));
    }
}
