package io.newswire.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything one run measured, as written to {@code bench/results/latest.json} (member names in snake case there).
 *
 * @param cpuMsPerArticle each stage's CPU cost per article when it runs alone: ingest, kafka, enrich, index,
 *                        elasticsearch; each the median of its passes
 * @param stages          every pass of every stage alone
 * @param hostSpeed       before each measured pass of the stages alone and of the max-throughput run, once the
 *                        stack had settled: tagger articles/s on one thread of the bench JVM ({@link HostSpeed})
 * @param rssMb           peak resident memory of each process during the pipeline runs
 * @param cpuSeconds      CPU time of each process during the median pass of the max-throughput run
 */
record BenchReport(
        Run run,
        Ceilings ceilings,
        Map<String, Double> cpuMsPerArticle,
        List<StageCost> stages,
        Map<String, Double> hostSpeed,
        EndToEnd e2e,
        List<Freshness> freshness,
        List<PhaseAudit> audit,
        Map<String, Double> rssMb,
        Map<String, Double> cpuSeconds,
        List<Target> targets,
        Map<String, String> methods) {

    /**
     * @param reference whether the load average was below the limit when the run began (figures fit to report)
     * @param settings  the tuning settings the services and the index ran with
     */
    record Run(String id, String started, double seconds, Machine machine, double maxLoad, boolean reference,
            Map<String, String> settings, int articles, int connections, String corpus, int averageArticleBytes) {
    }

    record Ceilings(
            double kafkaProduceRecordsPerS,
            double kafkaProduceMbPerS,
            int kafkaRecordBytes,
            Map<String, String> kafkaProducerSettings,
            double esBulkDocsPerS,
            int esDocumentBytes,
            int esBulkSize,
            int esStreams,
            double taggerArticlesPerS,
            double taggerWordsPerS,
            long taggerAverageWords,
            double cpuLimitArticlesPerS) {

        Ceilings withCpuLimit(double limit) {
            return new Ceilings(kafkaProduceRecordsPerS, kafkaProduceMbPerS, kafkaRecordBytes, kafkaProducerSettings,
                    esBulkDocsPerS, esDocumentBytes, esBulkSize, esStreams, taggerArticlesPerS, taggerWordsPerS,
                    taggerAverageWords, limit);
        }
    }

    /**
     * One stage working alone through a backlog: its rate and every process's CPU per article meanwhile.
     *
     * @param phase           the pass it belongs to: {@code alone}, {@code alone-2}, ...
     * @param jitMsPerArticle CPU of the stage's JIT compiler threads over its whole phase per article: near 0 once
     *                        the process is warm; a large value means the cost includes warm-up
     */
    record StageCost(String phase, String stage, long articles, double seconds, double articlesPerS,
            Map<String, Double> cpuMsPerArticle, double jitMsPerArticle) {
    }

    /**
     * The max-throughput run: its median pass by sustained rate, and every pass.
     *
     * @param phase                the median pass: {@code max}, {@code max-2}, ...
     * @param indexedPerS          articles per second from the first 202 to the last document searchable: the
     *                             pipeline's latency (about 2 s at full speed) is in it once
     * @param sustainedIndexedPerS articles per second becoming searchable between the counts that first found 10%
     *                             and 90% of them: the rate the pipeline keeps up
     * @param cpuMsPerArticle      every process's CPU per article in this run, all stages side by side
     * @param jitMsPerArticle      of that, each service's JIT compiler threads: warm-up still being paid in this run
     * @param passes               every pass's rates, in the order they ran
     */
    record EndToEnd(String phase, int articles, int accepted, int indexed, int missing, int duplicates,
            long backPressured, int failed, double ingestPerS, double indexedPerS, double ratioToEsCeiling,
            double ratioToCpuLimit, double sustainedIndexedPerS, double sustainedRatioToEsCeiling,
            double sustainedRatioToCpuLimit,
            Map<String, Double> cpuMsPerArticle, Map<String, Double> jitMsPerArticle, List<MaxPass> passes) {
    }

    /**
     * One pass of the max-throughput run: its rates, as in {@link EndToEnd}.
     *
     * @param hostSpeed                       the host's speed read just before it ({@link HostSpeed})
     * @param sustainedRatioAtAloneHostSpeed  its sustained ratio had the host run at the stages alone's speed (the
     *                                        median of their readings): context, not what the target judges
     */
    record MaxPass(String phase, double ingestPerS, double sustainedIndexedPerS, double sustainedRatioToCpuLimit,
            double indexedPerS, double ratioToCpuLimit, double hostSpeed, double sustainedRatioAtAloneHostSpeed) {
    }

    /**
     * Freshness of one run: at a fixed fraction of the max throughput, or at full speed (fraction 1).
     *
     * @param enrichedP50Ms   of the samples' freshness, the part until enrich-service tagged them (median)
     * @param enrichedP99Ms   the same, 99th percentile: where a late article lost its time
     * @param cpuMsPerArticle every process's CPU per accepted article, from the run's start to its last document
     *                        searchable: what an article costs at this rate
     * @param coresBusy       all processes' CPU over that time, in cores
     */
    record Freshness(String phase, double loadFraction, double ratePerS, double achievedPerS, boolean backPressure,
            int samples, int unresolved, long p50Ms, long p95Ms, long p99Ms, long maxMs, long enrichedP50Ms,
            long enrichedP99Ms, long backPressured, Map<String, Double> cpuMsPerArticle, double coresBusy) {
    }

    /** Every article a run's 202s promised, checked in the index. */
    record PhaseAudit(String phase, int accepted, int indexed, int missing, int duplicates, int unacknowledged,
            int failed, List<String> missingIds) {
    }

    record Target(String name, String measured, String limit, boolean met) {
    }
}
