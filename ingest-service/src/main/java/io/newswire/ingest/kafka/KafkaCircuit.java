package io.newswire.ingest.kafka;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Whether Kafka is taking articles, as the producer last found out. While the broker is unreachable, a send holds
 * its HTTP worker for up to {@code max.block.ms} waiting for partition metadata; at any real request rate the
 * workers are soon all waiting, and requests queue past their clients' timeouts instead of being answered 503. So
 * once a send failed for want of Kafka, submissions are refused at once, and one at a time (a probe) is let through
 * every probe interval to find out whether Kafka is back; the first acknowledged send closes the circuit again.
 */
final class KafkaCircuit {

    private static final Logger LOG = Logger.getLogger(KafkaCircuit.class);

    private final long probeIntervalNanos;
    private final LongSupplier nanoClock;
    private final AtomicLong nextProbeAt = new AtomicLong();
    private volatile boolean open;

    KafkaCircuit(Duration probeInterval, LongSupplier nanoClock) {
        this.probeIntervalNanos = probeInterval.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Whether a send may be tried now: always while Kafka takes articles, else only as the interval's probe. */
    boolean admits() {
        if (!open) {
            return true;
        }
        long now = nanoClock.getAsLong();
        long due = nextProbeAt.get();
        return now - due >= 0 && nextProbeAt.compareAndSet(due, now + probeIntervalNanos);
    }

    /** Kafka acknowledged a record. */
    void acknowledged() {
        if (open) {
            open = false;
            LOG.info("Kafka takes articles again");
        }
    }

    /** A send failed for want of Kafka (no metadata in time, broker unreachable, delivery timed out). */
    void unavailable(Throwable cause) {
        nextProbeAt.set(nanoClock.getAsLong() + probeIntervalNanos);
        if (!open) {
            open = true;
            LOG.warnf("Kafka is not taking articles (%s): answering 503 at once, probing every %d ms", cause,
                    probeIntervalNanos / 1_000_000);
        }
    }
}
