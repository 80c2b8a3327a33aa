package io.newswire.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts a feed's articles to ingest-service at a steady rate, in the background, and keeps what each request got:
 * the ids acknowledged with 202 (the articles the pipeline now owes the index), and every other outcome counted.
 */
final class SteadyLoad implements AutoCloseable {

    /** Requests awaiting an answer at most; a tick beyond that is skipped (counted) rather than queued. */
    static final int MAX_IN_FLIGHT = 512;
    static final String SKIPPED = "skipped (" + MAX_IN_FLIGHT + " in flight)";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{32})\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger retryAfterMissing = new AtomicInteger();
    private final CountDownLatch done;
    private final ArticleFeed feed;
    private final String url;
    private final int total;

    private SteadyLoad(ArticleFeed feed, String ingestUrl, int total) {
        this.feed = feed;
        this.url = ingestUrl + "/articles";
        this.total = total;
        this.done = new CountDownLatch(total);
    }

    /** Starts posting {@code total} articles at {@code perSecond}. */
    static SteadyLoad start(ArticleFeed feed, String ingestUrl, int total, int perSecond) {
        SteadyLoad load = new SteadyLoad(feed, ingestUrl, total);
        load.ticker.scheduleAtFixedRate(load::postNext, 0, 1_000_000L / perSecond, TimeUnit.MICROSECONDS);
        return load;
    }

    int sent() {
        return sent.get();
    }

    /** Waits until every article was posted and answered (or failed). */
    void awaitCompletion(Duration timeout) throws InterruptedException {
        if (!done.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("load did not finish within " + timeout.toSeconds() + " s: " + summary());
        }
        ticker.shutdownNow();
    }

    Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    int count(String outcome) {
        AtomicInteger count = outcomes.get(outcome);
        return count == null ? 0 : count.get();
    }

    /** 503 answers that did not say when to retry. */
    int retryAfterMissing() {
        return retryAfterMissing.get();
    }

    String summary() {
        Map<String, Integer> counts = new TreeMap<>();
        outcomes.forEach((outcome, count) -> counts.put(outcome, count.get()));
        return "sent " + sent.get() + " of " + total + ", outcomes " + counts;
    }

    private void postNext() {
        int n = sent.getAndIncrement();
        if (n >= total) {
            sent.decrementAndGet();
            ticker.shutdown();
            return;
        }
        if (!inFlight.tryAcquire()) { // the service is slower than the rate: count it, never queue without bound
            record(SKIPPED);
            done.countDown();
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(feed.article(n)))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            try {
                if (error != null) {
                    record("error " + rootCause(error).getClass().getSimpleName());
                } else {
                    record(Integer.toString(response.statusCode()));
                    if (response.statusCode() == 202) {
                        Matcher id = ID.matcher(response.body());
                        if (!id.find()) {
                            throw new IllegalStateException("202 without an id: " + response.body());
                        }
                        acknowledged.add(id.group(1));
                    } else if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isEmpty()) {
                        retryAfterMissing.incrementAndGet();
                    }
                }
            } finally {
                inFlight.release();
                done.countDown();
            }
        });
    }

    private void record(String outcome) {
        outcomes.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        http.close();
    }
}
