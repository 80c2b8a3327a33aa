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
 * client (a few metadata requests per check, whatever the request rate), so that answering a request costs only a
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
            long total = 0;
            for (GroupLag group : groups) {
                total += lag(group);
            }
            articles = total;
            admitWaiting();
            if (failing) {
                LOG.info("pipeline backlog readable again");
                failing = false;
            }
        } catch (Exception e) { // unreachable broker, timeout: nothing to hold articles back for
            articles = 0;
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

    /** End offsets (committed transactions only) minus the group's committed offsets; from the start if none. */
    private long lag(GroupLag group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.group())
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        admin.describeTopics(List.of(group.topic())).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .get(group.topic()).partitions()
                .forEach(p -> partitions.put(new TopicPartition(group.topic(), p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(partitions,
                new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> uncommitted = new HashMap<>();
        for (TopicPartition partition : partitions.keySet()) {
            if (committed.get(partition) == null) {
                uncommitted.put(partition, OffsetSpec.earliest());
            }
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = uncommitted.isEmpty() ? Map.of()
                : admin.listOffsets(uncommitted).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long lag = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
            OffsetAndMetadata position = committed.get(end.getKey());
            long from = position != null ? position.offset() : starts.get(end.getKey()).offset();
            lag += Math.max(0, end.getValue().offset() - from);
        }
        return lag;
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
