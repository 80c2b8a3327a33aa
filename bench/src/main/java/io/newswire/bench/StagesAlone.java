package io.newswire.bench;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Each stage alone over the same backlog of articles: ingest with enrich and index paused (SIGSTOP) and idle Kafka
 * and Elasticsearch, then enrich working off the raw backlog with index still paused, then index working off the
 * enriched backlog. CPU per article of every process from /proc, from before each stage starts until every process
 * is back to its idle CPU after it, less that idle CPU: what is left of a stage's work once its last article went
 * through (refreshes, merges, commits, collections) is part of what its articles cost.
 */
final class StagesAlone {

    /** Posts articles as fast as ingest takes them, as the end-to-end runs do. */
    interface Load {
        LoadResult asFastAsAccepted(String phase, int count, Consumer<Acceptance> listener)
                throws InterruptedException;
    }

    /** Waits until every article a phase got a 202 for is searchable. */
    interface Drain {
        void awaitIndexed(LoadResult result) throws IOException, InterruptedException;
    }

    private static final long SAMPLE_MILLIS = 200;
    /** At most this long for a stage to work through its backlog. */
    private static final long STAGE_TIMEOUT_MILLIS = 600_000;
    /** After a stage alone, a process is quiet again at its idle CPU plus this (ms per second, over one second). */
    private static final double QUIET_MARGIN_MILLIS_PER_SECOND = 20;
    /**
     * At most this long after a stage's last article for its processes to go quiet and Elasticsearch's merges of its
     * segments to end (Elasticsearch throttles merges, which can then run on for tens of seconds).
     */
    private static final long QUIET_TIMEOUT_MILLIS = 30_000;

    private final LocalStack stack;
    private final ResourceMonitor monitor;
    private final IndexStats index;
    private final KafkaOffsets offsets;
    private final Progress progress;
    private final Load load;
    private final Drain drain;
    private final int articles;

    StagesAlone(LocalStack stack, ResourceMonitor monitor, IndexStats index, KafkaOffsets offsets, Progress progress,
            Load load, Drain drain, int articles) {
        this.stack = stack;
        this.monitor = monitor;
        this.index = index;
        this.offsets = offsets;
        this.progress = progress;
        this.load = load;
        this.drain = drain;
        this.articles = articles;
    }

    /**
     * Measures each stage alone as phase {@code phase}; each stage's figures go into {@code into}. Returns the CPU ms
     * per article of each stage (ingest, kafka, enrich, index, elasticsearch), Kafka's summed over the three.
     */
    Map<String, Double> measure(String phase, List<BenchReport.StageCost> into) throws Exception {
        Map<String, Double> idle = idleMillisPerSecond(phase);
        stack.pause("enrich-service");
        stack.pause("index-service");
        LoadResult posted;
        Map<String, Double> ingest;
        Map<String, Double> enrich;
        Map<String, Double> indexing;
        try {
            AtomicInteger accepted = new AtomicInteger();
            AtomicReference<LoadResult> result = new AtomicReference<>();
            StageSamples ingestSamples = startSamples();
            long jit = jitMillis("ingest-service");
            Thread poster = Thread.ofPlatform().name("alone-load").start(() -> {
                try {
                    result.set(load.asFastAsAccepted(phase, articles, acceptance -> accepted.incrementAndGet()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            sample(ingestSamples, accepted::get, articles, phase + ": ingest", () -> !poster.isAlive(), idle);
            poster.join();
            posted = result.get();
            if (posted == null) {
                throw new IllegalStateException(phase + ": the load generator stopped before posting");
            }
            ingest = ingestSamples.cpuMillisPerArticle(posted.accepted().size(), idle);
            into.add(stageCost(phase, "ingest-service", ingestSamples.window(posted.accepted().size(), 0.1, 0.9),
                    ingest, jitMillis("ingest-service") - jit, ingestSamples));

            long committed = offsets.committed(PipelineBenchmark.ENRICH_GROUP, PipelineBenchmark.RAW_TOPIC);
            long backlog = offsets.end(PipelineBenchmark.RAW_TOPIC) - committed;
            StageSamples enrichSamples = startSamples();
            jit = jitMillis("enrich-service");
            stack.resume("enrich-service");
            sample(enrichSamples, () -> offsets.committed(PipelineBenchmark.ENRICH_GROUP, PipelineBenchmark.RAW_TOPIC)
                    - committed, backlog, phase + ": enrich", () -> false, idle);
            enrich = enrichSamples.cpuMillisPerArticle(backlog, idle);
            into.add(stageCost(phase, "enrich-service", enrichSamples.window(backlog, 0.1, 0.9), enrich,
                    jitMillis("enrich-service") - jit, enrichSamples));

            long indexedBefore = index.indexingTotal();
            StageSamples indexSamples = startSamples();
            jit = jitMillis("index-service");
            stack.resume("index-service");
            sample(indexSamples, () -> index.indexingTotal() - indexedBefore, backlog, phase + ": index",
                    () -> false, idle);
            indexing = indexSamples.cpuMillisPerArticle(backlog, idle);
            into.add(stageCost(phase, "index-service", indexSamples.window(backlog, 0.1, 0.9), indexing,
                    jitMillis("index-service") - jit, indexSamples));
        } finally {
            stack.resumeAll();
        }
        drain.awaitIndexed(posted);
        Map<String, Double> costs = new LinkedHashMap<>();
        costs.put("ingest", ingest.get("ingest-service"));
        costs.put("kafka", ingest.get("kafka") + enrich.get("kafka") + indexing.get("kafka"));
        costs.put("enrich", enrich.get("enrich-service"));
        costs.put("index", indexing.get("index-service"));
        costs.put("elasticsearch", indexing.get("elasticsearch"));
        progress.done(phase, "CPU ms per article " + ReportTables.costSummary(costs) + "; limit %,.0f articles/s"
                .formatted(PipelineBenchmark.cpuLimit(costs)));
        return costs;
    }

    /** Each process's CPU in ms per second with no articles flowing, once the stack has settled. */
    private Map<String, Double> idleMillisPerSecond(String phase) throws IOException, InterruptedException {
        progress.update(phase, "waiting until no process works on earlier phases (Elasticsearch merging)");
        IdleCpu.Reading idle = IdleCpu.read(monitor::oneSecondOfCpu, index::merges, LocalStack.PROCESSES);
        progress.done(phase, idle.settledAfter() > 0 ? "settled after %d s".formatted(idle.settledAfter())
                : "still busy after %d s: its idle CPU includes that work".formatted(IdleCpu.MAX_SETTLE_READINGS));
        return idle.millisPerSecond();
    }

    /** Samples of a stage about to start, beginning with every process's CPU now. */
    private StageSamples startSamples() {
        StageSamples samples = new StageSamples();
        samples.add(new StageSamples.Sample(System.nanoTime(), 0, monitor.cpuMillis()));
        return samples;
    }

    /** A stage's rate over its steady window, its CPU, and the JIT compilation its process did per article. */
    private static BenchReport.StageCost stageCost(String phase, String stage, StageSamples.Window window,
            Map<String, Double> cpuMillisPerArticle, long jitMillis, StageSamples samples) {
        return new BenchReport.StageCost(phase, stage, window.articles(), window.seconds(), window.articlesPerSecond(),
                cpuMillisPerArticle, (double) jitMillis / samples.progress());
    }

    private long jitMillis(String process) throws IOException {
        return ProcessUsage.jitMillis(stack.pid(process));
    }

    private interface Counter {
        long get() throws IOException;
    }

    /**
     * Samples progress and every process's CPU until the progress reaches the total or the work has ended, then on
     * until every process is back to its idle CPU and Elasticsearch runs no merge (at most
     * {@link #QUIET_TIMEOUT_MILLIS}): merging the stage's segments is part of what its articles cost.
     */
    private void sample(StageSamples samples, Counter counter, long total, String step, BooleanSupplier ended,
            Map<String, Double> idle) {
        long deadline = System.nanoTime() + STAGE_TIMEOUT_MILLIS * 1_000_000;
        try {
            while (true) {
                long now = System.nanoTime();
                long done = counter.get();
                samples.add(new StageSamples.Sample(now, done, monitor.cpuMillis()));
                progress.update(step, "%,d of %,d".formatted(done, total));
                if (done >= total || ended.getAsBoolean()) {
                    break;
                }
                if (now > deadline) {
                    throw new IllegalStateException(step + ": only " + done + " of " + total + " after "
                            + STAGE_TIMEOUT_MILLIS / 1000 + " s");
                }
                LockSupport.parkNanos(now + SAMPLE_MILLIS * 1_000_000 - System.nanoTime());
            }
            long lastArticle = System.nanoTime();
            long quietDeadline = lastArticle + QUIET_TIMEOUT_MILLIS * 1_000_000;
            boolean quiet;
            while (!(quiet = samples.quiet(1_000_000_000L, idle, QUIET_MARGIN_MILLIS_PER_SECOND)
                    && index.merges() == 0) && System.nanoTime() < quietDeadline) {
                progress.update(step, "%,d articles; waiting for the processes to go idle".formatted(total));
                LockSupport.parkNanos(SAMPLE_MILLIS * 1_000_000);
                samples.add(new StageSamples.Sample(System.nanoTime(), counter.get(), monitor.cpuMillis()));
            }
            progress.done(step, "%,d articles; %s after %.1f s".formatted(total, quiet ? "quiet" : "STILL BUSY",
                    (System.nanoTime() - lastArticle) / 1e9));
        } catch (IOException e) {
            throw new IllegalStateException(step + ": " + e.getMessage(), e);
        }
    }
}
