package io.newswire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures freshness, the time from an article's 202 to the moment a search finds it, on a sample of the accepted
 * articles (at most {@code samplesPerSecond}, evenly spread). A document becomes searchable only at a refresh, so
 * the probe searches only when told that the run's count of searchable documents grew ({@link SearchableCount},
 * every probe-interval ms): then one thread sends a single {@code ids} search for every sampled article not yet
 * found. Searching every 50 ms whatever happened, beside a count every 100 ms, cost Elasticsearch 88-127 ms of CPU
 * a second, booked to the pipeline it measures; counting every 50 ms and searching after each growth (once a second
 * at the 1 s refresh) 32-72 ms (six 20 s readings each, 150 ids, idle index of 12-13 segments). A hit is timed at
 * the moment its search was sent: the count before the one that grew did not see the article, so a figure is at most
 * one count interval and a count's latency above the truth (and at most the search's own latency below it). Each
 * hit's {@code enrichedAt} says how much of that time went by before enrich-service tagged the article.
 */
final class FreshnessProbe implements AutoCloseable {

    private static final int MAX_IDS_PER_SEARCH = 1000;
    private static final long AWAIT_STEP_NANOS = 20_000_000;

    private final Elasticsearch elasticsearch;
    private final String index;
    private final long sampleEveryNanos;
    /** Adds to a {@link System#nanoTime()} to give wall-clock nanoseconds, to compare with {@code enrichedAt}. */
    private final long wallClockOffsetNanos = System.currentTimeMillis() * 1_000_000 - System.nanoTime();
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private final List<FreshnessSample> samples = new ArrayList<>();
    /** When the last sample was accepted; 0 before the first (nanoTime may be negative, so a flag keeps it apart). */
    private final AtomicLong lastSampled = new AtomicLong();
    private volatile boolean sampledAny;
    /** Set when the count grew, cleared when the searcher takes it. */
    private final AtomicBoolean searchDue = new AtomicBoolean();
    private final Thread searcher;
    private volatile boolean running = true;
    private volatile IOException failure;

    FreshnessProbe(Elasticsearch elasticsearch, String index, double samplesPerSecond) {
        this.elasticsearch = elasticsearch;
        this.index = index;
        this.sampleEveryNanos = (long) (1e9 / samplesPerSecond);
        this.searcher = Thread.ofPlatform().daemon().name("freshness-probe").start(this::searchWhenDue);
    }

    /** Called with every acceptance; keeps it if the last sample is at least one sampling period old. */
    void offer(Acceptance acceptance) {
        long last = lastSampled.get();
        if ((!sampledAny || acceptance.acceptedNanos() - last >= sampleEveryNanos)
                && lastSampled.compareAndSet(last, acceptance.acceptedNanos())) {
            sampledAny = true;
            pending.put(acceptance.id(), acceptance.acceptedNanos());
        }
    }

    /** Called when more of the run's documents are searchable than at the count before: a refresh came. */
    void searchableGrew() {
        searchDue.set(true);
        LockSupport.unpark(searcher);
    }

    /** Waits until every sampled article was found, or the timeout passed; returns the samples not found. */
    int awaitAll(long timeoutMillis) throws IOException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (!pending.isEmpty() && System.nanoTime() < deadline && failure == null) {
            LockSupport.parkNanos(AWAIT_STEP_NANOS);
        }
        if (failure != null) {
            throw failure;
        }
        return pending.size();
    }

    /** The samples found so far, in the order they were found. */
    List<FreshnessSample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    private void searchWhenDue() {
        while (running) {
            if (!searchDue.getAndSet(false)) {
                LockSupport.park(this);
                continue;
            }
            if (!pending.isEmpty()) {
                ObjectNode search = search();
                // Every id in the search was accepted before this instant: no figure is negative.
                long sent = System.nanoTime();
                try {
                    found(elasticsearch.post("/" + index + "/_search", search), sent);
                } catch (IOException e) {
                    failure = e;
                    return;
                }
            }
        }
    }

    private ObjectNode search() {
        ObjectNode body = Elasticsearch.JSON.createObjectNode();
        ArrayNode ids = body.putObject("query").putObject("ids").putArray("values");
        Iterator<String> waiting = pending.keySet().iterator();
        while (waiting.hasNext() && ids.size() < MAX_IDS_PER_SEARCH) {
            ids.add(waiting.next());
        }
        body.put("size", ids.size());
        body.putArray("_source").add("enrichedAt");
        return body;
    }

    private void found(JsonNode response, long sentNanos) throws IOException {
        for (JsonNode hit : response.path("hits").path("hits")) {
            Long accepted = pending.remove(hit.path("_id").asText());
            if (accepted != null) {
                long enrichedNanos = enrichedNanos(hit);
                synchronized (samples) {
                    samples.add(new FreshnessSample(accepted, (sentNanos - accepted) / 1_000_000,
                            (enrichedNanos - wallClockOffsetNanos - accepted) / 1_000_000));
                }
            }
        }
    }

    /** Every document index-service writes carries enrichedAt; a hit without it is not one of ours. */
    private static long enrichedNanos(JsonNode hit) throws IOException {
        String enrichedAt = hit.path("_source").path("enrichedAt").asText();
        try {
            OffsetDateTime enriched = OffsetDateTime.parse(enrichedAt);
            return enriched.toEpochSecond() * 1_000_000_000 + enriched.getNano();
        } catch (DateTimeParseException e) {
            throw new IOException("document " + hit.path("_id").asText() + " has no valid enrichedAt ('"
                    + enrichedAt + "'): not a document index-service wrote", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        LockSupport.unpark(searcher);
        searcher.join();
    }
}
