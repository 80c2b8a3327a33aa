package io.newswire.ingest.backpressure;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.ingest.IngestConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsResult;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * The pipeline's backlog: articles written to a topic that a downstream consumer group has not yet committed, summed
 * over the configured groups (enrich on the raw topic, index on the enriched one). Read periodically with the Admin
 * client (two requests per check, whatever the request rate), so that answering a request costs only a
 * volatile read. A reading that fails (Kafka unreachable) counts as no backlog: publishing then fails on its own and
 * says so.
 * <p>
 * A submission that finds the backlog full may wait for room ({@link #room}): each reading that finds the backlog
 * within its bound lets every waiting submission through. Waiting keeps a client that is faster than the pipeline
 * sending at the pipeline's pace, where an immediate 503 would leave it idle for a whole Retry-After while the
 * pipeline drains its backlog and then idles too.
 */
@ApplicationScoped
public class PipelineBacklog {

    private static final Logger LOG = Logger.getLogger(PipelineBacklog.class);
    private static final long TIMEOUT_SECONDS = 5;
    /** Partitions are only ever added, by an operator: a minute's delay in counting a new one is harmless. */
    private static final Duration PARTITIONS_MAX_AGE = Duration.ofMinutes(1);
    private static final CompletionStage<Boolean> ROOM = CompletableFuture.completedStage(true);
    private static final CompletionStage<Boolean> NO_ROOM = CompletableFuture.completedStage(false);

    private final IngestConfig.Backlog config;
    private final List<GroupLag> groups;
    private final Admin admin;
    private ScheduledExecutorService checks;
    private volatile long articles;
    private volatile boolean failing;
    private final MeterRegistry registry;
    /** Removed on close: a registry outliving this bean (tests, dev mode) would keep showing its last values. */
    private final List<Gauge> gauges;
    /** Submissions waiting for room, each completed with true by the first reading within the bound. */
    private final Queue<CompletableFuture<Boolean>> waiting = new ConcurrentLinkedQueue<>();
    /** The groups' topics' partitions, by topic; read and written by the checking thread only. */
    private Map<String, List<TopicPartition>> partitions;
    private long partitionsReadAt;

    /** One consumer group reading one topic. */
    record GroupLag(String group, String topic) {

        static GroupLag parse(String setting) {
            int colon = setting.lastIndexOf(':');
            if (colon <= 0 || colon == setting.length() - 1) {
                throw new IllegalArgumentException("newswire.ingest.backlog.groups: expected group:topic, got "
                        + setting);
            }
            return new GroupLag(setting.substring(0, colon).strip(), setting.substring(colon + 1).strip());
        }
    }

    public PipelineBacklog(IngestConfig config, Admin admin, MeterRegistry registry) {
        this.config = config.backlog();
        this.admin = admin;
        this.registry = registry;
        this.gauges = List.of(
                Gauge.builder("newswire.ingest.backlog.articles", this, PipelineBacklog::articles)
                        .description("The pipeline's backlog at the last reading: articles accepted, not yet "
                                + "consumed downstream")
                        .register(registry),
                // A queue of at most one entry per open connection: counting it is cheap.
                Gauge.builder("newswire.ingest.backlog.waiting", waiting, Queue::size)
                        .description("Submissions waiting for room in the pipeline's backlog")
                        .register(registry));
        this.groups = this.config.groups().stream().map(GroupLag::parse).toList();
    }

    void start(@Observes StartupEvent event) {
        if (!enabled()) {
            LOG.info("back-pressure off (newswire.ingest.backlog.max-articles=0)");
            return;
        }
        checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "pipeline-backlog");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.checkInterval().toMillis();
        checks.scheduleWithFixedDelay(this::check, 0, interval, TimeUnit.MILLISECONDS);
        LOG.infof("back-pressure on: 503 while more than %d articles wait in %s (checked every %d ms)",
                config.maxArticles(), groups, interval);
    }

    private boolean enabled() {
        return config.maxArticles() > 0;
    }

    /** Whether new articles must wait: the last reading was over the bound. */
    public boolean full() {
        return enabled() && articles > config.maxArticles();
    }

    /**
     * Completes with true once the backlog is within its bound (at once if the last reading was), or with false if it
     * is still full after {@code maxWait}.
     */
    public CompletionStage<Boolean> room(Duration maxWait) {
        if (!full()) {
            return ROOM;
        }
        if (!maxWait.isPositive()) {
            return NO_ROOM;
        }
        CompletableFuture<Boolean> room = new CompletableFuture<>();
        waiting.add(room);
        if (!full()) { // a reading that let the waiting through between the look above and the add
            room.complete(true);
        }
        room.completeOnTimeout(false, maxWait.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((admitted, error) -> waiting.remove(room));
        return room;
    }

    /** The last reading, in articles (records, and transaction markers of transactional topics). */
    public long articles() {
        return articles;
    }

    void check() {
        try {
            articles = lag();
            admitWaiting();
            if (failing) {
                LOG.info("pipeline backlog readable again");
                failing = false;
            }
        } catch (Exception e) { // unreachable broker, timeout: nothing to hold articles back for
            articles = 0;
            partitions = null; // a topic recreated meanwhile may have other partitions
            admitWaiting();
            if (!failing) {
                LOG.warnf("cannot read the pipeline backlog (%s); not holding articles back meanwhile", e.toString());
                failing = true;
            }
        }
    }

    private void admitWaiting() {
        if (full()) {
            return;
        }
        for (CompletableFuture<Boolean> room; (room = waiting.poll()) != null; ) {
            room.complete(true);
        }
    }

    /**
     * End offsets (committed transactions only) minus each group's committed offsets, from the start where a group
     * committed none, summed over the groups. Two admin requests a reading (three while a group has committed
     * nothing): every group's offsets in one, every topic's end offsets in the other.
     */
    private long lag() throws Exception {
        Map<String, List<TopicPartition>> byTopic = partitions();
        Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
        groups.forEach(group -> specs.put(group.group(), new ListConsumerGroupOffsetsSpec()));
        ListConsumerGroupOffsetsResult committed = admin.listConsumerGroupOffsets(specs);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        byTopic.values().forEach(list -> list.forEach(partition -> latest.put(partition, OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest,
                new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<String, Map<TopicPartition, OffsetAndMetadata>> positions = new HashMap<>();
        Map<TopicPartition, OffsetSpec> uncommitted = new HashMap<>();
        for (GroupLag group : groups) {
            Map<TopicPartition, OffsetAndMetadata> offsets = committed.partitionsToOffsetAndMetadata(group.group())
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            positions.put(group.group(), offsets);
            for (TopicPartition partition : byTopic.get(group.topic())) {
                if (offsets.get(partition) == null) {
                    uncommitted.put(partition, OffsetSpec.earliest());
                }
            }
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = uncommitted.isEmpty() ? Map.of()
                : admin.listOffsets(uncommitted).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long lag = 0;
        for (GroupLag group : groups) {
            for (TopicPartition partition : byTopic.get(group.topic())) {
                OffsetAndMetadata position = positions.get(group.group()).get(partition);
                long from = position != null ? position.offset() : starts.get(partition).offset();
                lag += Math.max(0, ends.get(partition).offset() - from);
            }
        }
        return lag;
    }

    /** The partitions of the groups' topics, described again every {@link #PARTITIONS_MAX_AGE} or after a failure. */
    private Map<String, List<TopicPartition>> partitions() throws Exception {
        long now = System.nanoTime();
        if (partitions == null || now - partitionsReadAt > PARTITIONS_MAX_AGE.toNanos()) {
            List<String> topics = groups.stream().map(GroupLag::topic).distinct().toList();
            Map<String, List<TopicPartition>> described = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .forEach((topic, description) -> described.put(topic, description.partitions().stream()
                            .map(partition -> new TopicPartition(topic, partition.partition())).toList()));
            partitions = described;
            partitionsReadAt = now;
        }
        return partitions;
    }

    @PreDestroy
    void close() {
        if (checks != null) {
            checks.shutdownNow();
        }
        waiting.forEach(room -> room.complete(false));
        gauges.forEach(registry::remove);
    }
}
