package io.newswire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.tagger.Tagger;
import io.newswire.tools.bench.BenchCorpus;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * {@code ./pipeline bench}: measures the machine's ceilings, each stage's CPU cost alone, then the pipeline end to
 * end (max throughput, freshness at fixed rates and at full speed with and without back-pressure, resources), checks
 * that every accepted article was indexed exactly once, and writes the report. Phases, in order:
 * <ol>
 * <li>ceilings: the tagger alone, raw Kafka produce, raw Elasticsearch bulk;</li>
 * <li>with ingest's back-pressure off: a warm-up, then each stage alone (the others paused), once unmeasured and
 * then {@code --passes} times, then a full-speed run;</li>
 * <li>with back-pressure on: a warm-up, the max-throughput run {@code --passes} times, then the fixed-rate freshness
 * runs at fractions of its median pass;</li>
 * <li>the audit of every phase's articles in the index, then the run's documents are deleted.</li>
 * </ol>
 */
public final class PipelineBenchmark {

    static final String RAW_TOPIC = "articles.raw";
    static final String ENRICH_GROUP = "newswire-enrich";
    static final String ENRICHED_TOPIC = "articles.enriched";
    static final String INDEX_GROUP = "newswire-index";
    static final String INDEX_ALIAS = "articles";
    /** Every bench article's URL starts with this, then the run's id. */
    private static final String URL_PREFIX = "https://bench.newswire.test/";
    private static final long DRAIN_TIMEOUT_MILLIS = 600_000;
    /**
     * The sustained rate of a full-speed run is taken between the moments these fractions of its documents were
     * searchable: past the pipeline's filling, before its draining.
     */
    private static final double SUSTAINED_FROM = 0.1;
    private static final double SUSTAINED_TO = 0.9;
    /** At most this long after a warm-up for the services' JIT compiler threads to go idle. */
    private static final Duration JIT_SETTLE_TIMEOUT = Duration.ofSeconds(30);
    /** Warm enough: the services' JIT compilers spent less than this per article over the last warm-up round. */
    private static final double WARM_JIT_MS_PER_ARTICLE = 0.03;
    /** At most this many rounds of {@code --warmup} articles after a restart, warm or not. */
    private static final int WARMUP_MAX_ROUNDS = 4;

    private final BenchOptions options;
    private final String runId;
    private final Progress progress = new Progress(System.err, System.console() != null);
    private final LocalStack stack;
    private final Elasticsearch elasticsearch;
    private final IndexAudit audit;
    private final IndexStats indexStats;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<LoadResult> phases = new ArrayList<>();
    private final List<FreshnessSeries> series = new ArrayList<>();
    private final List<BenchReport.Freshness> freshness = new ArrayList<>();
    private final List<BenchReport.StageCost> stages = new ArrayList<>();
    private final Map<String, Double> hostSpeeds = new LinkedHashMap<>();
    private HostSpeed hostSpeed;
    private ArticleFeed feed;
    private ResourceMonitor monitor;
    private LoadGenerator load;

    PipelineBenchmark(BenchOptions options) {
        this.options = options;
        this.runId = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        this.stack = new LocalStack(options.pipeline(), options.state());
        this.elasticsearch = new Elasticsearch(options.elasticsearchUrl());
        this.audit = new IndexAudit(elasticsearch, INDEX_ALIAS);
        this.indexStats = new IndexStats(elasticsearch, INDEX_ALIAS);
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.print(BenchOptions.usage());
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(List.of(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.print(BenchOptions.usage());
            System.exit(2);
            return;
        }
        System.exit(new PipelineBenchmark(options).run());
    }

    /** Runs every phase and writes the report; 1 if an accepted article is missing or doubled in the index. */
    int run() throws Exception {
        long started = System.nanoTime();
        String startedAt = OffsetDateTime.now(ZoneOffset.UTC).toString();
        boolean quiet = awaitQuietMachine();
        Machine machine = Machine.describe();
        progress.done("machine", "%s, %d cores, load average %s%s".formatted(machine.cpu(), machine.cores(),
                machine.loadAverage(), quiet ? "" : " (ABOVE " + options.maxLoad() + ": not a reference run)"));
        progress.update("stack", "./pipeline up");
        stack.up();
        progress.done("stack", "up");
        // An interrupted run, or --keep, leaves documents behind: every run starts from an index without them.
        progress.update("cleanup", "deleting documents of earlier runs");
        progress.done("cleanup", "%,d documents of earlier runs deleted".formatted(audit.delete(URL_PREFIX)));
        BenchCorpus corpus = ArticleFeed.readCorpora(options.data());
        feed = new ArticleFeed(corpus, URL_PREFIX + runId + "/");
        String originalRefresh = refreshInterval();
        try (KafkaOffsets offsets = new KafkaOffsets(options.kafka())) {
            deleteConsumedRecords(offsets, "consumed before this run");
            recordSettings(originalRefresh);
            progress.update("ceiling: tagger", "loading the tagger");
            Tagger tagger = Tagger.load();
            hostSpeed = new HostSpeed(tagger, feed.corpus());
            BenchReport.Ceilings ceilings = new MachineCeilings(options, progress, feed, elasticsearch, runId)
                    .measure(tagger, offsets.partitions(RAW_TOPIC));
            if (options.refreshInterval() != null) {
                setRefreshInterval(options.refreshInterval());
            }
            load = new LoadGenerator(options.ingestUrl(), feed, options.connections());
            monitor = new ResourceMonitor(stack, 250);
            List<MaxRun> passes = new ArrayList<>();
            MaxRun max;
            Map<String, Double> costs;
            try {
                restartServices(false);
                warmUp("warmup");
                // Working off a backlog runs other paths (full polls, bulks of 1,000) than the steady flow of the
                // warm-up: a first pass compiles them, so that the measured passes do not pay for JIT compilation.
                StagesAlone alone = new StagesAlone(stack, monitor, indexStats, offsets, progress,
                        this::asFastAsAccepted, this::awaitIndexed, options.aloneArticles());
                alone.measure("alone-warmup", new ArrayList<>());
                List<Map<String, Double>> alonePasses = new ArrayList<>();
                for (int pass = 1; pass <= options.passes(); pass++) {
                    String phase = Passes.phase("alone", pass);
                    awaitSettled(phase);
                    readHostSpeed(phase);
                    alonePasses.add(alone.measure(phase, stages));
                }
                costs = Passes.medianOf(alonePasses);
                ceilings = ceilings.withCpuLimit(cpuLimit(costs));
                if (options.passes() > 1) {
                    progress.done("alone", "median of %d passes: CPU ms per article %s; limit %,.0f articles/s"
                            .formatted(options.passes(), ReportTables.costSummary(costs),
                                    ceilings.cpuLimitArticlesPerS()));
                }
                if (options.unboundedArticles() > 0) {
                    fullSpeed("unbounded", options.unboundedArticles(), false);
                }
                restartServices(true);
                warmUp("warmup-bp");
                for (int pass = 1; pass <= options.passes(); pass++) {
                    String phase = Passes.phase("max", pass);
                    // Each pass starts as each stage alone does: no process still busy with what came before.
                    awaitSettled(phase);
                    readHostSpeed(phase);
                    MaxRun run = fullSpeed(phase, options.articles(), true);
                    passes.add(run);
                    progress.done(phase, describe(run, ceilings));
                }
                max = Passes.medianOf(passes, MaxRun::maxPerSecond);
                if (options.passes() > 1) {
                    progress.done("max", "median pass " + max.load().phase() + ": " + describe(max, ceilings));
                }
                for (double fraction : options.loadFractions()) {
                    atRate(fraction, max.maxPerSecond());
                }
            } finally {
                monitor.close();
                stack.resumeAll();
            }
            List<BenchReport.PhaseAudit> audits = auditAll();
            restore(originalRefresh);
            BenchReport.EndToEnd e2e = endToEnd(max, passes, ceilings, audits.stream()
                    .filter(a -> a.phase().equals(max.load().phase())).findFirst().orElseThrow());
            BenchReport report = new BenchReport(
                    new BenchReport.Run(runId, startedAt, (System.nanoTime() - started) / 1e9, machine,
                            options.maxLoad(), quiet, settings, options.articles(), options.connections(),
                            corpus.name() + " (" + corpus.documents().size() + " articles, cycled)",
                            averageBodyBytes()),
                    ceilings, costs, stages, hostSpeeds, e2e, freshness, audits, monitor.peakRssMb(),
                    max.cpuSeconds(),
                    Targets.evaluate(e2e, freshness, audits, monitor.peakRssMb()), Methods.DESCRIPTIONS);
            ReportFiles.write(report, series, options.results());
            System.out.println();
            System.out.print(ReportTables.text(report));
            System.out.println("report: " + options.results().resolve("latest.json") + " (and .md, freshness .svg)");
            boolean complete = audits.stream().allMatch(a -> a.missing() == 0 && a.duplicates() == 0);
            if (complete) {
                // Kept after a failed audit: the records are what tells where a missing article stopped.
                deleteConsumedRecords(offsets, "this run's");
            }
            return complete ? 0 : 1;
        } finally {
            if (load != null) {
                load.close();
            }
            elasticsearch.close();
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Before anything: a quiet machine, the stack, the settings.

    private boolean awaitQuietMachine() throws IOException {
        if (options.maxLoad() <= 0) {
            return true;
        }
        long deadline = System.nanoTime() + (long) (options.loadWaitSeconds() * 1e9);
        while (true) {
            double load = Machine.currentLoadAverage().get(0);
            if (load < options.maxLoad()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            progress.update("waiting for a quiet machine",
                    "1-minute load average %.2f, above %.2f".formatted(load, options.maxLoad()));
            LockSupport.parkNanos(5_000_000_000L);
        }
    }

    private void recordSettings(String refresh) throws IOException {
        for (Knob knob : Knob.values()) {
            String value = options.settings().get(knob);
            settings.put(knob.service + ": " + knob.key,
                    value != null ? value + " (--set)" : knob.defaultValue(options.repository()));
        }
        settings.put("elasticsearch: articles index refresh_interval",
                options.refreshInterval() != null ? options.refreshInterval() + " (--refresh-interval)" : refresh);
        settings.put("load generator: connections", Integer.toString(options.connections()));
        settings.put("stages alone: articles per pass", Integer.toString(options.aloneArticles()));
    }

    /** Starts the services with the run's settings; ingest with its back-pressure off or at its setting. */
    private void restartServices(boolean backPressure) throws IOException {
        for (String service : LocalStack.SERVICES) {
            Map<String, String> environment = new HashMap<>();
            options.settings().forEach((knob, value) -> {
                if (knob.service.equals(service)) {
                    environment.put(knob.environmentVariable(), value);
                }
            });
            if (service.equals(Knob.INGEST_BACKLOG.service) && !backPressure) {
                environment.put(Knob.INGEST_BACKLOG.environmentVariable(), "0");
            }
            boolean needed = service.equals(Knob.INGEST_BACKLOG.service) || !environment.isEmpty();
            if (needed) {
                progress.update("stack", "restarting " + service);
                stack.restart(service, environment);
            }
        }
        progress.done("stack", "services running; ingest back-pressure " + (backPressure ? "on" : "off"));
    }

    private void restore(String refresh) throws IOException {
        if (options.refreshInterval() != null) {
            setRefreshInterval(refresh);
        }
        for (String service : LocalStack.SERVICES) {
            boolean overridden = options.settings().keySet().stream().anyMatch(knob -> knob.service.equals(service));
            if (overridden) {
                stack.restart(service, Map.of());
            }
        }
    }

    private String refreshInterval() throws IOException {
        JsonNode settings = elasticsearch.get("/" + INDEX_ALIAS + "/_settings/index.refresh_interval"
                + "?include_defaults=true");
        JsonNode index = settings.elements().next();
        JsonNode explicit = index.path("settings").path("index").path("refresh_interval");
        return explicit.isMissingNode() ? index.path("defaults").path("index").path("refresh_interval").asText()
                : explicit.asText();
    }

    private void setRefreshInterval(String interval) throws IOException {
        ObjectNode body = Elasticsearch.JSON.createObjectNode();
        body.putObject("index").put("refresh_interval", interval);
        elasticsearch.put("/" + INDEX_ALIAS + "/_settings", body);
    }

    // ------------------------------------------------------------------------------------------------------------
    // The pipeline.

    /**
     * Articles through the pipeline, unmeasured, until the services' JIT compilers are nearly quiet while articles
     * flow; then a pause until the compilations they queued are done. A method reaches the optimizing compiler after
     * thousands of calls, and code that runs once per Kafka request or per batch gets there only after tens of
     * thousands of articles: a fixed warm-up left ingest compiling 0.2-0.3 ms per article in the measured run.
     */
    private void warmUp(String phase) throws Exception {
        Map<String, Long> jitBefore = jitMillisOfServices();
        int articles = rehearse(phase, options.warmupArticles());
        double jitPerArticle = jitMillisPerArticle(jitBefore, articles);
        for (int round = 2; jitPerArticle > WARM_JIT_MS_PER_ARTICLE
                && articles < WARMUP_MAX_ROUNDS * options.warmupArticles(); round++) {
            progress.done(phase, "%,d articles; JIT %.3f ms per article, still warming".formatted(articles,
                    jitPerArticle));
            jitBefore = jitMillisOfServices();
            int more = rehearse(phase + "-" + round, options.warmupArticles());
            articles += more;
            jitPerArticle = jitMillisPerArticle(jitBefore, more);
        }
        progress.done(phase, "%,d articles through the pipeline; JIT %.3f ms per article in the last %,d".formatted(
                articles, jitPerArticle, options.warmupArticles()));
        long deadline = System.nanoTime() + JIT_SETTLE_TIMEOUT.toNanos();
        Map<String, Long> before = jitMillisOfServices();
        while (true) {
            Thread.sleep(1000);
            Map<String, Long> now = jitMillisOfServices();
            if (now.equals(before)) {
                progress.done(phase, "JIT compilation settled");
                return;
            }
            if (System.nanoTime() > deadline) {
                progress.done(phase, "JIT still compiling after " + JIT_SETTLE_TIMEOUT.toSeconds() + " s");
                return;
            }
            before = now;
        }
    }

    /**
     * A warm-up round run as the measured full-speed run is, freshness probe and searchable count included; its
     * figures are dropped. Returns the articles accepted. After warm-ups without them the bench's own JIT compiler
     * threads used 0.039 ms per article in the measured run, 0.013 after these (one profiled run each).
     */
    private int rehearse(String phase, int count) throws Exception {
        try (FreshnessProbe probe = probe(); SearchableCount searchable = searchableCount(phase, probe)) {
            LoadResult result = asFastAsAccepted(phase, count, probe::offer);
            awaitIndexed(result, searchable);
            probe.awaitAll(60_000);
            return result.accepted().size();
        }
    }

    /** The services' JIT compiler CPU since {@code before}, per article of the articles that went through. */
    private double jitMillisPerArticle(Map<String, Long> before, int articles) throws IOException {
        double seconds = ResourceMonitor.cpuSeconds(before, jitMillisOfServices()).values().stream()
                .mapToDouble(s -> s).sum();
        return seconds * 1000 / Math.max(1, articles);
    }

    /** Waits until no process works on earlier phases, as the stages alone do before reading idle CPU. */
    private void awaitSettled(String phase) throws IOException, InterruptedException {
        progress.update(phase, "waiting until no process works on earlier phases (Elasticsearch merging)");
        int settledAfter = IdleCpu.settle(monitor::oneSecondOfCpu, indexStats::merges, LocalStack.PROCESSES);
        progress.done(phase, settledAfter > 0 ? "settled after %d s".formatted(settledAfter)
                : "still busy after %d s; starting anyway".formatted(IdleCpu.MAX_SETTLE_READINGS));
    }

    private void readHostSpeed(String phase) {
        progress.update(phase, "host speed: the tagger on one thread");
        double speed = hostSpeed.read();
        hostSpeeds.put(phase, speed);
        progress.done(phase, "host speed %,.0f tagger articles/s (one thread)".formatted(speed));
    }

    private long jitMillis(String process) throws IOException {
        return ProcessUsage.jitMillis(stack.pid(process));
    }

    /**
     * A full-speed run: what the load got, when its last document became searchable, the rate its documents became
     * searchable between 10% and 90% of them, the CPU seconds of each process and of each service's JIT compiler
     * threads from its start to its last document searchable.
     */
    private record MaxRun(LoadResult load, long lastSearchableNanos, double sustainedPerSecond,
            Map<String, Double> cpuSeconds, Map<String, Double> jitSeconds) {

        /** Articles per second from the first 202 to the last document searchable. */
        double indexedPerSecond() {
            return Rates.perSecond(load.accepted().size(), lastSearchableNanos - load.firstAcceptedNanos());
        }

        /** What the fixed rates are fractions of: the sustained rate, or the whole run's if too short for one. */
        double maxPerSecond() {
            return Double.isNaN(sustainedPerSecond) ? indexedPerSecond() : sustainedPerSecond;
        }
    }

    /** Posts {@code count} articles as fast as ingest takes them, probing freshness, until all are searchable. */
    private MaxRun fullSpeed(String phase, int count, boolean backPressure) throws Exception {
        try (FreshnessProbe probe = probe(); SearchableCount searchable = searchableCount(phase, probe)) {
            Map<String, Long> cpuBefore = monitor.cpuMillis();
            Map<String, Long> jitBefore = jitMillisOfServices();
            LoadResult result = asFastAsAccepted(phase, count, probe::offer);
            long lastSearchable = awaitIndexed(result, searchable);
            Map<String, Double> cpu = ResourceMonitor.cpuSeconds(cpuBefore, monitor.cpuMillis());
            Map<String, Double> jit = ResourceMonitor.cpuSeconds(jitBefore, jitMillisOfServices());
            recordFreshness(phase, 1.0, result.acceptedPerSecond(), result, probe, backPressure, cpu,
                    lastSearchable);
            double sustained = SearchableCount.perSecondBetween(searchable.polls(), result.accepted().size(),
                    SUSTAINED_FROM, SUSTAINED_TO);
            return new MaxRun(result, lastSearchable, sustained, cpu, jit);
        }
    }

    private static String describe(MaxRun run, BenchReport.Ceilings ceilings) {
        double sustained = run.sustainedPerSecond();
        return "%,.0f articles/s accepted, %,.0f/s indexed sustained (%.2f of the CPU limit, ".formatted(
                run.load().acceptedPerSecond(), sustained, sustained / ceilings.cpuLimitArticlesPerS())
                + "%.2f of the Elasticsearch ceiling), %,.0f/s first 202 to last searchable".formatted(
                        sustained / ceilings.esBulkDocsPerS(), run.indexedPerSecond());
    }

    /** Posts at {@code fraction} of the max throughput for the set time, probing freshness. */
    private void atRate(double fraction, double maxPerSecond) throws Exception {
        String phase = "load-%d".formatted(Math.round(fraction * 100));
        double rate = fraction * maxPerSecond;
        Duration duration = Duration.ofMillis((long) (options.freshnessSeconds() * 1000));
        try (FreshnessProbe probe = probe(); SearchableCount searchable = searchableCount(phase, probe)) {
            Map<String, Long> cpuBefore = monitor.cpuMillis();
            AtomicInteger accepted = new AtomicInteger();
            Thread reporter = Thread.ofVirtual().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    progress.update(phase, "%,d accepted at %,.0f/s".formatted(accepted.get(), rate));
                    LockSupport.parkNanos(200_000_000L);
                }
            });
            LoadResult result;
            try {
                result = load.atRate(phase, rate, duration, acceptance -> {
                    accepted.incrementAndGet();
                    probe.offer(acceptance);
                });
            } finally {
                reporter.interrupt();
            }
            phases.add(result);
            long lastSearchable = awaitIndexed(result, searchable);
            recordFreshness(phase, fraction, rate, result, probe, true,
                    ResourceMonitor.cpuSeconds(cpuBefore, monitor.cpuMillis()),
                    lastSearchable);
        }
    }

    private FreshnessProbe probe() {
        return new FreshnessProbe(elasticsearch, INDEX_ALIAS, options.probeRate());
    }

    /** A run's freshness, and its CPU: {@code cpuSeconds} of every process from its start to {@code lastSearchable}. */
    private void recordFreshness(String phase, double fraction, double rate, LoadResult result, FreshnessProbe probe,
            boolean backPressure, Map<String, Double> cpuSeconds, long lastSearchableNanos) throws IOException {
        int unresolved = probe.awaitAll(60_000);
        List<FreshnessSample> samples = probe.samples();
        Latencies latencies = Latencies.of(samples.stream().mapToLong(FreshnessSample::millis).toArray());
        Latencies untilEnriched = Latencies.of(samples.stream().mapToLong(FreshnessSample::enrichedMillis).toArray());
        double seconds = (lastSearchableNanos - result.startNanos()) / 1e9;
        double coresBusy = cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum() / seconds;
        freshness.add(new BenchReport.Freshness(phase, fraction, rate, result.acceptedPerSecond(), backPressure,
                latencies.count(), unresolved, latencies.p50(), latencies.p95(), latencies.p99(), latencies.max(),
                untilEnriched.p50(), untilEnriched.p99(), result.backPressured(),
                perArticle(cpuSeconds, result.accepted().size()), coresBusy));
        series.add(new FreshnessSeries(phase + (backPressure ? "" : " (no back-pressure)"), result.startNanos(),
                samples));
        progress.done(phase, "%,d accepted at %,.0f/s; freshness p50 %,d ms, p99 %,d ms, max %,d ms (%d samples)"
                .formatted(result.accepted().size(), result.acceptedPerSecond(), latencies.p50(), latencies.p99(),
                        latencies.max(), latencies.count()));
    }

    private LoadResult asFastAsAccepted(String phase, int count, Consumer<Acceptance> listener)
            throws InterruptedException {
        AtomicInteger accepted = new AtomicInteger();
        Thread reporter = Thread.ofVirtual().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                progress.update(phase, "%,d of %,d accepted".formatted(accepted.get(), count));
                LockSupport.parkNanos(200_000_000L);
            }
        });
        try {
            LoadResult result = load.asFastAsAccepted(phase, count, acceptance -> {
                accepted.incrementAndGet();
                listener.accept(acceptance);
            });
            phases.add(result);
            return result;
        } finally {
            reporter.interrupt();
        }
    }

    /** Waits until every article the phase got a 202 for is searchable; returns when the last one was. */
    private long awaitIndexed(LoadResult result) throws IOException, InterruptedException {
        try (SearchableCount searchable = searchableCount(result.phase())) {
            return awaitIndexed(result, searchable);
        }
    }

    private long awaitIndexed(LoadResult result, SearchableCount count) throws IOException {
        int expected = result.accepted().size();
        long searchable = count.await(expected, DRAIN_TIMEOUT_MILLIS, found -> progress.update(result.phase(),
                "%,d of %,d searchable".formatted(found, expected)));
        if (searchable < 0) {
            progress.done(result.phase(), "NOT ALL SEARCHABLE after " + DRAIN_TIMEOUT_MILLIS / 1000 + " s");
            return System.nanoTime();
        }
        return searchable;
    }

    /** Counts the phase's searchable documents every 100 ms until closed (each stage alone: no probe). */
    private SearchableCount searchableCount(String phase) {
        return new SearchableCount(searchableOf(phase), 100, () -> { });
    }

    /** Counts them every probe-interval ms until closed, and has the probe search after each count that grew. */
    private SearchableCount searchableCount(String phase, FreshnessProbe probe) {
        return new SearchableCount(searchableOf(phase), options.probeIntervalMillis(), probe::searchableGrew);
    }

    private SearchableCount.Counter searchableOf(String phase) {
        String urlPrefix = feed.urlPrefix(phase);
        return () -> audit.count(urlPrefix);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Results.

    private BenchReport.EndToEnd endToEnd(MaxRun max, List<MaxRun> passes, BenchReport.Ceilings ceilings,
            BenchReport.PhaseAudit audit) {
        LoadResult result = max.load();
        int accepted = result.accepted().size();
        double indexedPerSecond = max.indexedPerSecond();
        double sustained = max.sustainedPerSecond();
        double limit = ceilings.cpuLimitArticlesPerS();
        double aloneSpeed = Passes.medianOf(hostSpeeds.entrySet().stream()
                .filter(reading -> reading.getKey().startsWith("alone")).map(Map.Entry::getValue).toList(),
                Double::doubleValue);
        List<BenchReport.MaxPass> rates = passes.stream().map(pass -> {
            double speed = hostSpeeds.get(pass.load().phase());
            return new BenchReport.MaxPass(pass.load().phase(), pass.load().acceptedPerSecond(),
                    pass.sustainedPerSecond(), pass.sustainedPerSecond() / limit, pass.indexedPerSecond(),
                    pass.indexedPerSecond() / limit, speed,
                    HostSpeed.atSpeed(pass.sustainedPerSecond() / limit, speed, aloneSpeed));
        }).toList();
        return new BenchReport.EndToEnd(result.phase(), options.articles(), accepted, audit.indexed(),
                audit.missing(), audit.duplicates(), result.backPressured(), result.failed(),
                result.acceptedPerSecond(), indexedPerSecond, indexedPerSecond / ceilings.esBulkDocsPerS(),
                indexedPerSecond / limit, sustained, sustained / ceilings.esBulkDocsPerS(), sustained / limit,
                perArticle(max.cpuSeconds(), accepted), perArticle(max.jitSeconds(), accepted), rates);
    }

    private static Map<String, Double> perArticle(Map<String, Double> seconds, int articles) {
        Map<String, Double> perArticle = new LinkedHashMap<>();
        seconds.forEach((process, s) -> perArticle.put(process, s * 1000 / articles));
        return perArticle;
    }

    /** CPU ms of each service's live JIT compiler threads so far. */
    private Map<String, Long> jitMillisOfServices() throws IOException {
        Map<String, Long> millis = new LinkedHashMap<>();
        for (String service : LocalStack.SERVICES) {
            millis.put(service, jitMillis(service));
        }
        return millis;
    }

    static double cpuLimit(Map<String, Double> costs) {
        return cpuLimit(costs, Runtime.getRuntime().availableProcessors());
    }

    /** Articles per second {@code cores} could carry if every stage cost what it costs alone (ms per article). */
    static double cpuLimit(Map<String, Double> costs, int cores) {
        double total = costs.values().stream().mapToDouble(Double::doubleValue).sum();
        return cores * 1000 / total;
    }

    /**
     * Deletes what the pipeline has consumed from its topics: a run writes over a gigabyte of records, which the
     * broker would keep for a week (two days of runs once filled this machine's disk).
     */
    private void deleteConsumedRecords(KafkaOffsets offsets, String whose) throws IOException {
        progress.update("cleanup", "deleting consumed Kafka records");
        long raw = offsets.deleteConsumed(ENRICH_GROUP, RAW_TOPIC);
        long enriched = offsets.deleteConsumed(INDEX_GROUP, ENRICHED_TOPIC);
        progress.done("cleanup", "%,d raw and %,d enriched records deleted from Kafka (%s)".formatted(raw, enriched,
                whose));
    }

    private List<BenchReport.PhaseAudit> auditAll() throws IOException {
        List<BenchReport.PhaseAudit> audits = new ArrayList<>();
        for (LoadResult phase : phases) {
            progress.update("audit", phase.phase());
            IndexAudit.IndexCheck check = audit.check(feed.urlPrefix(phase.phase()),
                    phase.accepted());
            audits.add(new BenchReport.PhaseAudit(phase.phase(), check.accepted(), check.indexed(), check.missing(),
                    check.duplicates(), check.unacknowledged(), phase.failed(), check.missingIds()));
        }
        int missing = audits.stream().mapToInt(BenchReport.PhaseAudit::missing).sum();
        int duplicates = audits.stream().mapToInt(BenchReport.PhaseAudit::duplicates).sum();
        progress.done("audit", "%,d accepted, %,d indexed, %d missing, %d duplicates".formatted(
                audits.stream().mapToInt(BenchReport.PhaseAudit::accepted).sum(),
                audits.stream().mapToInt(BenchReport.PhaseAudit::indexed).sum(), missing, duplicates));
        if (!options.keepDocuments()) {
            progress.update("cleanup", "deleting the run's documents");
            long deleted = audit.delete(feed.urlPrefix());
            progress.done("cleanup", "%,d documents of this run deleted".formatted(deleted));
        }
        return audits;
    }

    private int averageBodyBytes() {
        long bytes = 0;
        for (int n = 0; n < feed.size(); n++) {
            bytes += feed.body("x", n).length;
        }
        return (int) (bytes / feed.size());
    }
}
