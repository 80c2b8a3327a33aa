package io.newswire.bench;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Samples the resident memory of the stack's processes and of the bench itself every {@code periodMillis} and keeps
 * each one's peak; reads their CPU time on demand. Pids are looked up at each sample: the bench restarts services.
 */
final class ResourceMonitor implements AutoCloseable {

    /** The bench itself: load generator, probes, sampling. */
    static final String BENCH = "bench";

    private final LocalStack stack;
    private final long periodMillis;
    private final Map<String, Long> peakRssKb = new ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    ResourceMonitor(LocalStack stack, long periodMillis) {
        this.stack = stack;
        this.periodMillis = periodMillis;
        this.sampler = Thread.ofPlatform().daemon().name("resource-monitor").start(this::sample);
    }

    /** The current usage of every process that runs. */
    Map<String, ProcessUsage> usage() {
        Map<String, ProcessUsage> usage = new LinkedHashMap<>();
        for (String process : LocalStack.PROCESSES) {
            try {
                usage.put(process, ProcessUsage.of(stack.pid(process)));
            } catch (IOException | RuntimeException e) {
                // Not running at this instant (being restarted): no sample.
            }
        }
        try {
            usage.put(BENCH, ProcessUsage.of(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read this process's own /proc entry", e);
        }
        return usage;
    }

    /** CPU milliseconds of each process now. */
    Map<String, Long> cpuMillis() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        usage().forEach((process, usage) -> cpu.put(process, usage.cpuMillis()));
        return cpu;
    }

    /** Each process's CPU over the next second, in ms per second. */
    Map<String, Double> oneSecondOfCpu() throws InterruptedException {
        Map<String, Long> before = cpuMillis();
        long started = System.nanoTime();
        Thread.sleep(1000);
        Map<String, Long> after = cpuMillis();
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<String, Double> perSecond = new LinkedHashMap<>();
        cpuSeconds(before, after).forEach((process, cpu) -> perSecond.put(process, cpu * 1000 / elapsed));
        return perSecond;
    }

    /** CPU seconds of each process between two readings of {@link #cpuMillis}; none for one restarted meanwhile. */
    static Map<String, Double> cpuSeconds(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        after.forEach((process, millis) -> {
            Long start = before.get(process);
            if (start != null && millis >= start) {
                seconds.put(process, (millis - start) / 1000.0);
            }
        });
        return seconds;
    }

    /** The highest resident memory sampled of each process, in MB. */
    Map<String, Double> peakRssMb() {
        Map<String, Double> peaks = new LinkedHashMap<>();
        for (String process : LocalStack.PROCESSES) {
            Long kb = peakRssKb.get(process);
            if (kb != null) {
                peaks.put(process, kb / 1024.0);
            }
        }
        Long bench = peakRssKb.get(BENCH);
        if (bench != null) {
            peaks.put(BENCH, bench / 1024.0);
        }
        return peaks;
    }

    private void sample() {
        while (running) {
            usage().forEach((process, usage) -> peakRssKb.merge(process, usage.rssKb(), Math::max));
            LockSupport.parkNanos(periodMillis * 1_000_000);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }
}
