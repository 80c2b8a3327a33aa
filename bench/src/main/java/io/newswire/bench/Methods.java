package io.newswire.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How each figure of the report is measured: written into every report, so that a reader need not guess. */
final class Methods {

    static final Map<String, String> DESCRIPTIONS = descriptions();

    private Methods() {
    }

    private static Map<String, String> descriptions() {
        Map<String, String> methods = new LinkedHashMap<>();
        methods.put("tagger_ceiling", "TaggerBenchmark.measure on one thread of the bench JVM over the feed's "
                + "articles: a third of the time warming up, then timed passes; words are whitespace-separated.");
        methods.put("kafka_ceiling", "One KafkaProducer with ingest-service's settings (acks=all, idempotent, its "
                + "linger.ms and batch.size) sending the feed's articles serialized as ingest publishes them, "
                + "asynchronously, to a scratch topic with the partitions of articles.raw; acknowledged records per "
                + "second from the first send to the last ack, after an unmeasured pass of a third of the time to "
                + "the same topic (a broker just started took about half as much). Ingest itself waits for "
                + "each ack per request.");
        methods.put("es_ceiling", "Enriched documents (a sample of the feed tagged by the real tagger, built by "
                + "index-service's DocumentBuilder) bulk-indexed with external versions by parallel loops into a "
                + "scratch index with the live articles index's mappings and settings; documents per second from "
                + "the first bulk sent to the last answered, after an unmeasured pass of as many documents into "
                + "another scratch index (a node just started took about half as much).");
        methods.put("cpu_ms_per_article", "Each stage alone, on warm JVMs after the warm-up and after a first, "
                + "unmeasured pass of this same phase (working off a backlog compiles code the steady flow does not "
                + "reach): with enrich-service and index-service paused (SIGSTOP), the load generator posts the "
                + "--alone articles (ingest alone); then "
                + "enrich-service is resumed and works off the raw backlog (index still paused); then index-service "
                + "is resumed and works off the enriched backlog. utime+stime of every process from /proc/<pid>/stat "
                + "sampled every 200 ms with the stage's progress (202s; the enrich group's committed offsets; "
                + "Elasticsearch's index_total), from just before each stage starts until every process has used "
                + "no more than its idle CPU + 20 ms/s for a second after the stage's last article and Elasticsearch "
                + "runs no merge (merging the stage's segments is part of its cost; at most 30 s), "
                + "less each process's idle CPU over that time (the least of three one-second readings before the "
                + "stages, taken once no process of the stack used more than 150 ms in a second and "
                + "Elasticsearch runs no merge (_stats/merge), waiting at most 60 s: Elasticsearch merging what "
                + "earlier phases indexed is not idle): work done after the "
                + "articles went through (refreshes, segment merges, last commits, collections) counts, the idle "
                + "background does not. A stage's articles/s is its rate over the "
                + "middle 80% of its work. Kafka's cost is the sum of its CPU per article in the three stages; "
                + "Elasticsearch's is its CPU while index works. The measured phase runs --passes times (alone, "
                + "alone-2, ...; each in stages[]); each stage's cost is the median of its passes.");
        methods.put("cpu_limit", "cores / (sum of the per-article costs of ingest, kafka, enrich, index and "
                + "elasticsearch measured alone): what the machine could carry if co-located stages cost what they "
                + "cost alone. The load generator's own CPU is not in the sum; it is reported under rss_mb and "
                + "cpu_seconds as the bench process.");
        methods.put("host_speed", "Before each measured pass of the stages alone and of the max-throughput run, "
                + "once the stack has settled: TaggerBenchmark.measure on one thread of the bench JVM over every "
                + "40th article of the feed, a third of a second warming up, then a second timed; articles/s. The "
                + "same work each time, so a change says the machine (shared with other tenants) runs faster or "
                + "slower, not the pipeline. e2e.passes[].sustained_ratio_at_alone_host_speed is a pass's sustained "
                + "ratio times the median reading before the stages alone over the reading before the pass: the "
                + "ratio had the host run at the speed the limit was measured at, if CPU per article scales "
                + "inversely with that speed (a model); shown beside the target, not judged.");
        methods.put("e2e", "The max-throughput run, after a warm-up of the restarted ingest-service (rounds of "
                + "--warmup articles run as the measured run is, freshness probe and searchable count included, at "
                + "most 4, until the services' JIT compiler threads used less than 0.03 ms per article in a round) "
                + "and a pause (at most 30 s) until no service's JIT compiler threads use CPU "
                + "for a second: the load generator posts N articles over its connections as fast as ingest "
                + "answers (a closed loop; a 503 is retried after its Retry-After). ingest_per_s: 202s "
                + "per second from the first 202 to the last; indexed_per_s: articles per second from the first "
                + "202 to the moment a count of the run's documents (polled every probe-interval ms from the "
                + "run's start) found them all searchable, which holds the pipeline's latency once (its filling at "
                + "the start, its draining at the end); sustained_indexed_per_s: documents per second between the "
                + "counts that first found 10% and 90% of them searchable (each within one poll of the refresh "
                + "that took the count past its mark, so the span is exact to one poll). The run is made --passes "
                + "times (max, max-2, ...), each after the stack has settled as before the stages alone (no "
                + "process above 150 ms of CPU in a second, no merge); e2e holds the pass with the median "
                + "sustained rate, and e2e.passes every pass. The throughput target and the fixed rates of the "
                + "freshness runs (fractions of max) use the median pass's sustained figure; the full-speed "
                + "freshness target, the worst pass.");
        methods.put("freshness", "Sampled probes: at most probe-rate accepted articles per second, evenly spread, "
                + "are searched for by id (one ids query for all pending samples, refreshed segments only) after "
                + "each count of the run's searchable documents (every probe-interval ms, the same count as e2e's) "
                + "that found more than the count before, since documents become searchable only at a refresh; a "
                + "sample's freshness is the time from its 202 to the sending of the first search that found it "
                + "(at most one count interval and a count's latency above the moment it became searchable, since "
                + "the count before did not find it). To enriched: the found "
                + "document's enrichedAt (enrich-service's clock) less the 202's time (the bench's clock, the same "
                + "machine), the part of the freshness before enrich tagged the article. A run's cpu_ms_per_article: "
                + "utime+stime of every process from the run's first request to its last document searchable, per "
                + "article accepted; cores_busy: the sum of those CPU seconds over that time.");
        methods.put("audit", "After all runs, every document under the run's URL prefix is listed (search_after on "
                + "id) and compared with the 202s: missing = accepted without a document; duplicates = a second "
                + "document for one article, a document under another id than its 202 gave, or a second 202 for "
                + "one article. Then the run's documents are deleted, and the deletions merged away (force merge, "
                + "only_expunge_deletes) so that the next run's indexing does not merge them. Documents of earlier "
                + "runs (interrupted, or kept with --keep) are deleted the same way before a run starts.");
        methods.put("rss_mb", "Peak VmRSS of each process, sampled every 250 ms from /proc/<pid>/status during the "
                + "pipeline runs (after the ceilings).");
        methods.put("cpu_seconds", "utime+stime of each process during the median max-throughput pass (first "
                + "request to last document searchable). Of which JIT: the same for each service's live C1 and C2 "
                + "compiler threads (e2e.jit_ms_per_article), the warm-up still being paid in that run.");
        return Collections.unmodifiableMap(methods);
    }
}
