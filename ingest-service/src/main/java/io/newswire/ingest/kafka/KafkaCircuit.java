package io.newswire.ingest.kafka;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Whether Kafka is taking articles, as the producer last found out. While the broker is unreachable, a send holds
 * its thread for up to {@code max.block.ms} waiting for partition metadata; at any real request rate the workers
 * are soon all waiting, and requests queue past their clients' timeouts instead of being answered 503. So once a
 * send failed for want of Kafka, submissions are refused without a send, and a probe on a thread of its own asks
 * Kafka every probe interval; the circuit closes when the probe gets an answer (or a send still in flight is
 * acknowledged), whether or not requests come in meanwhile.
 */
final class KafkaCircuit implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaCircuit.class);

    private final long probeIntervalMillis;
    private final Callable<?> probe;
    private final AtomicBoolean open = new AtomicBoolean();
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kafka-probe");
        thread.setDaemon(true);
        return thread;
    });

    /** {@code probe} returns once Kafka answered and throws while it cannot be reached. */
    KafkaCircuit(Duration probeInterval, Callable<?> probe) {
        this.probeIntervalMillis = probeInterval.toMillis();
        this.probe = probe;
    }

    /** Whether a send may be tried: Kafka is not known to be unreachable. */
    boolean admits() {
        return !open.get();
    }

    /** Kafka acknowledged a record. */
    void acknowledged() {
        if (open.compareAndSet(true, false)) {
            LOG.info("Kafka takes articles again");
        }
    }

    /** A send failed for want of Kafka (no metadata in time, broker unreachable, delivery timed out). */
    void unavailable(Throwable cause) {
        if (open.compareAndSet(false, true)) {
            LOG.warnf("Kafka is not taking articles (%s): answering 503 at once, probing every %d ms", cause,
                    probeIntervalMillis);
            prober.schedule(this::probe, probeIntervalMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void probe() {
        if (!open.get()) {
            return;
        }
        try {
            probe.call();
            if (open.compareAndSet(true, false)) {
                LOG.info("Kafka answers again: taking articles");
            }
        } catch (Exception e) {
            prober.schedule(this::probe, probeIntervalMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }
}
