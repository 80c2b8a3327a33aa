package io.newswire.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts articles of the feed to {@code POST /articles} over several keep-alive connections, either as fast as
 * ingest-service answers (a closed loop: each connection sends its next article once the last was answered) or at
 * a fixed rate (an open loop). A 503 is back-pressure: the article is sent again on the same connection after the
 * Retry-After the answer names. Each 202 is handed to a listener (the freshness probe) the moment it arrives.
 */
final class LoadGenerator implements AutoCloseable {

    /** Attempts of an article whose request failed without an answer (connection refused, timeout). */
    static final int MAX_ATTEMPTS = 5;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final ArticleFeed feed;
    private final BlockingQueue<HttpConnection> connections;
    private final int connectionCount;

    LoadGenerator(String ingestUrl, ArticleFeed feed, int connections) {
        this.feed = feed;
        this.connectionCount = connections;
        this.connections = new ArrayBlockingQueue<>(connections);
        URI articles = URI.create(ingestUrl + "/articles");
        for (int i = 0; i < connections; i++) {
            this.connections.add(new HttpConnection(articles));
        }
    }

    /** Posts articles 0 to {@code count - 1} of the phase as fast as they are accepted. */
    LoadResult asFastAsAccepted(String phase, int count, Consumer<Acceptance> listener) throws InterruptedException {
        Run run = new Run(phase, listener);
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connectionCount; i++) {
            HttpConnection connection = connections.take();
            // A platform thread per connection: a virtual thread's blocking read goes through the JDK's poller and
            // back to a carrier, and cost the load generator more CPU per request (ingest alone: median 0.064 ms
            // over six runs, against 0.098 over ten runs with virtual threads).
            workers.add(Thread.ofPlatform().name("load-" + i).start(() -> {
                try {
                    for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                        run.post(connection, n);
                    }
                } finally {
                    connections.add(connection);
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return run.result(count);
    }

    /**
     * Posts one article every {@code 1 / perSecond} seconds for {@code duration}, with at most one request in
     * flight per connection; when they are all busy the schedule waits (the longest wait is reported).
     */
    LoadResult atRate(String phase, double perSecond, Duration duration, Consumer<Acceptance> listener)
            throws InterruptedException {
        Run run = new Run(phase, listener);
        // Each connection's platform thread takes the article that is due when it is free, as the closed loop's do.
        // With a virtual thread started per request the bench spent 0.23-0.33 ms of CPU per article at 50% of max
        // (eleven runs), against 0.07-0.13 at full speed, probe and count included; 0.21 in the one run since.
        SynchronousQueue<Integer> due = new SynchronousQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connectionCount; i++) {
            HttpConnection connection = connections.take();
            workers.add(Thread.ofPlatform().name("load-" + i).start(() -> {
                try {
                    for (int article = due.take(); article >= 0; article = due.take()) {
                        run.post(connection, article);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    connections.add(connection);
                }
            }));
        }
        long period = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        int n = 0;
        for (long next = start; next - start < duration.toNanos(); next = start + (long) ++n * period) {
            LockSupport.parkNanos(next - System.nanoTime());
            due.put(n);
            run.lagNanos.accumulateAndGet(System.nanoTime() - next, Math::max);
        }
        for (int i = 0; i < connectionCount; i++) {
            due.put(-1);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return run.result(n);
    }

    /** One phase's requests and what they got. */
    private final class Run {
        final String phase;
        final Consumer<Acceptance> listener;
        final ConcurrentLinkedQueue<Acceptance> accepted = new ConcurrentLinkedQueue<>();
        final Map<String, Integer> failures = new ConcurrentHashMap<>();
        final AtomicLong backPressured = new AtomicLong();
        final AtomicLong lagNanos = new AtomicLong();
        final long startNanos = System.nanoTime();

        Run(String phase, Consumer<Acceptance> listener) {
            this.phase = phase;
            this.listener = listener;
        }

        void post(HttpConnection connection, int n) {
            byte[] body = feed.body(phase, n);
            int attempts = 0;
            while (true) {
                HttpConnection.Answer answer;
                try {
                    answer = connection.post(body);
                } catch (IOException e) {
                    if (++attempts == MAX_ATTEMPTS) {
                        failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                        return;
                    }
                    pause(1000);
                    continue;
                }
                switch (answer.status()) {
                    case 202 -> {
                        Acceptance acceptance = new Acceptance(id(answer.body()), feed.url(phase, n),
                                System.nanoTime());
                        accepted.add(acceptance);
                        listener.accept(acceptance);
                        return;
                    }
                    case 503 -> {
                        backPressured.incrementAndGet();
                        pause(retryAfterMillis(answer.retryAfter()));
                    }
                    default -> {
                        failures.merge(Integer.toString(answer.status()), 1, Integer::sum);
                        return;
                    }
                }
            }
        }

        LoadResult result(int posted) {
            return new LoadResult(phase, posted, List.copyOf(accepted), backPressured.get(), Map.copyOf(failures),
                    startNanos, System.nanoTime(), lagNanos.get() / 1_000_000);
        }
    }

    /** Retry-After in seconds (RFC 9110 also allows an HTTP date, which ingest-service never sends); 1 s if absent. */
    static long retryAfterMillis(String header) {
        if (header != null && header.strip().matches("\\d{1,6}")) {
            // Never a busy loop, whatever the header says.
            return Math.max(Long.parseLong(header.strip()) * 1000, 100);
        }
        return 1000;
    }

    static String id(String body) {
        Matcher id = ID.matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("202 without an id: " + body);
        }
        return id.group(1);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        connections.forEach(HttpConnection::close);
    }
}
