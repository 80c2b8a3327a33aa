package io.newswire.bench;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each process's CPU in ms per second with no articles flowing, to subtract from what a stage alone used. It is read
 * once the stack has settled: no process used more than {@link #SETTLED_MILLIS_PER_SECOND} in a second and
 * Elasticsearch runs no merge. Merging what earlier phases indexed is not idle (Elasticsearch throttles its merges,
 * which then run for tens of seconds), and subtracting it as idle takes it off the stages' costs: a run read
 * Elasticsearch's cost alone as 0 that way. Then the least of {@link #INTERVALS} one-second readings, so that a
 * collection or a merge finishing in one of them does not count as idle.
 */
final class IdleCpu {

    static final double SETTLED_MILLIS_PER_SECOND = 150;
    /** One-second readings to wait at most for the stack to settle. */
    static final int MAX_SETTLE_READINGS = 60;
    static final int INTERVALS = 3;

    /** Each process's CPU over the next second, in ms per second. */
    interface CpuReading {
        Map<String, Double> oneSecond() throws IOException, InterruptedException;
    }

    /** The merges Elasticsearch runs now. */
    interface MergeCount {
        long current() throws IOException;
    }

    /**
     * @param settledAfter one-second readings it took the stack to settle, or -1 if it had not within
     *                     {@link #MAX_SETTLE_READINGS}: the idle CPU then includes that work
     */
    record Reading(Map<String, Double> millisPerSecond, int settledAfter) {
    }

    private IdleCpu() {
    }

    /** Waits for the stack's {@code processes} to settle, then reads their idle CPU. */
    static Reading read(CpuReading cpu, MergeCount merges, Collection<String> processes)
            throws IOException, InterruptedException {
        int settledAfter = settle(cpu, merges, processes);
        Map<String, Double> idle = new LinkedHashMap<>();
        for (int i = 0; i < INTERVALS; i++) {
            cpu.oneSecond().forEach((process, millis) -> idle.merge(process, millis, Math::min));
        }
        return new Reading(idle, settledAfter);
    }

    /**
     * Waits for the stack's {@code processes} to settle; returns the one-second readings that took, or -1 if they had
     * not settled after {@link #MAX_SETTLE_READINGS}.
     */
    static int settle(CpuReading cpu, MergeCount merges, Collection<String> processes)
            throws IOException, InterruptedException {
        for (int reading = 1; reading <= MAX_SETTLE_READINGS; reading++) {
            if (settled(cpu.oneSecond(), processes) && merges.current() == 0) {
                return reading;
            }
        }
        return -1;
    }

    private static boolean settled(Map<String, Double> millisPerSecond, Collection<String> processes) {
        return processes.stream()
                .allMatch(process -> millisPerSecond.getOrDefault(process, 0.0) <= SETTLED_MILLIS_PER_SECOND);
    }
}
