package io.newswire.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * How many of a run's documents are searchable, counted every {@code pollMillis} from the run's start until it is
 * closed. A run's rate from its first 202 to its last document searchable carries the pipeline's latency once
 * (about 2 s at full speed: the backlog, commits and the 1 s refresh), a fifth of a 10 s run; the rate between the
 * polls that first found 10% and 90% of its documents searchable does not: it is the rate the pipeline sustains.
 * A count that found more than the one before tells that a refresh came, which is when the freshness probe searches.
 */
final class SearchableCount implements AutoCloseable {

    /** What a count found, and when it was sent ({@link System#nanoTime()}). */
    record Poll(long nanos, long count) {
    }

    /** A count of the run's searchable documents. */
    interface Counter {
        long count() throws IOException;
    }

    private final long pollNanos;
    private final List<Poll> polls = new ArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;
    private volatile IOException failure;

    /** Counts every {@code pollMillis}, and calls {@code onGrowth} after each count that found more than the last. */
    SearchableCount(Counter counter, long pollMillis, Runnable onGrowth) {
        this.pollNanos = pollMillis * 1_000_000;
        this.poller = Thread.ofPlatform().daemon().name("searchable-count").start(() -> poll(counter, onGrowth));
    }

    /**
     * Waits until a count finds {@code expected} documents, passing each count to {@code progress}; returns when
     * the first such count was sent, or -1 if the timeout passed first.
     */
    long await(long expected, long timeoutMillis, LongConsumer progress) throws IOException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (true) {
            if (failure != null) {
                throw failure;
            }
            Poll latest = latest();
            if (latest != null) {
                progress.accept(latest.count());
                if (latest.count() >= expected) {
                    return firstAtLeast(polls(), expected).nanos();
                }
            }
            if (System.nanoTime() > deadline) {
                return -1;
            }
            LockSupport.parkNanos(pollNanos);
        }
    }

    /** Every count so far, in the order they were sent. */
    List<Poll> polls() {
        synchronized (polls) {
            return List.copyOf(polls);
        }
    }

    /**
     * Documents per second between the first counts that found {@code from} and {@code to} (fractions) of
     * {@code total}; NaN if no count found one of them, or the same count found both.
     */
    static double perSecondBetween(List<Poll> polls, long total, double from, double to) {
        Poll first = firstAtLeast(polls, (long) Math.ceil(from * total));
        Poll last = firstAtLeast(polls, (long) Math.ceil(to * total));
        if (first == null || last == null || last.nanos() <= first.nanos()) {
            return Double.NaN;
        }
        return Rates.perSecond(last.count() - first.count(), last.nanos() - first.nanos());
    }

    private static Poll firstAtLeast(List<Poll> polls, long count) {
        return polls.stream().filter(poll -> poll.count() >= count).findFirst().orElse(null);
    }

    private Poll latest() {
        synchronized (polls) {
            return polls.isEmpty() ? null : polls.getLast();
        }
    }

    private void poll(Counter counter, Runnable onGrowth) {
        long last = 0;
        while (running) {
            long sent = System.nanoTime();
            try {
                long count = counter.count();
                synchronized (polls) {
                    polls.add(new Poll(sent, count));
                }
                if (count > last) {
                    last = count;
                    onGrowth.run();
                }
            } catch (IOException e) {
                failure = e;
                return;
            }
            LockSupport.parkNanos(sent + pollNanos - System.nanoTime());
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join();
    }
}
