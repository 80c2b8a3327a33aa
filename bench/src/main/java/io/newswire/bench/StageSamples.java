package io.newswire.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Periodic samples of one stage working through a known number of articles alone: its progress and the CPU time of
 * every process, from before the work starts until the processes are quiet again after it. The stage's rate is
 * taken over the steady middle of the work (from one fraction of the total to another), so that start-up (a
 * consumer joining its group, the first polls) and the tail do not count; its CPU cost over all of it, since work
 * the articles cause is often done after they went through (Elasticsearch's refreshes and segment merges, the last
 * commits, garbage collection).
 */
final class StageSamples {

    record Sample(long nanos, long progress, Map<String, Long> cpuMillis) {
    }

    /** The steady part of the work: articles per second. */
    record Window(long articles, double seconds) {

        double articlesPerSecond() {
            return articles / seconds;
        }
    }

    private final List<Sample> samples = new ArrayList<>();

    void add(Sample sample) {
        samples.add(sample);
    }

    long progress() {
        return samples.isEmpty() ? 0 : samples.get(samples.size() - 1).progress();
    }

    /** The window from the first sample at or past {@code from * total} to the first at or past {@code to * total}. */
    Window window(long total, double from, double to) {
        Sample first = firstReaching((long) Math.ceil(from * total));
        Sample last = firstReaching((long) Math.ceil(to * total));
        if (first == null || last == null || last.progress() <= first.progress()) {
            throw new IllegalStateException("too few samples for a window from " + from + " to " + to + " of "
                    + total + " (progress " + progress() + ", " + samples.size() + " samples)");
        }
        return new Window(last.progress() - first.progress(), (last.nanos() - first.nanos()) / 1e9);
    }

    /**
     * CPU milliseconds per article of each process from the first sample to the last, less what the process uses
     * idle over that time ({@code idleMillisPerSecond}; never below zero): what the articles cost it.
     */
    Map<String, Double> cpuMillisPerArticle(long articles, Map<String, Double> idleMillisPerSecond) {
        Sample first = samples.get(0);
        Sample last = samples.get(samples.size() - 1);
        double seconds = (last.nanos() - first.nanos()) / 1e9;
        Map<String, Double> perArticle = new LinkedHashMap<>();
        first.cpuMillis().forEach((process, before) -> {
            Long after = last.cpuMillis().get(process);
            if (after != null) {
                double idle = idleMillisPerSecond.getOrDefault(process, 0.0) * seconds;
                perArticle.put(process, Math.max(0, after - before - idle) / articles);
            }
        });
        return perArticle;
    }

    /**
     * Whether every process used at most its idle CPU plus {@code marginMillisPerSecond} over the last
     * {@code nanos} of samples (false until the samples span that long).
     */
    boolean quiet(long nanos, Map<String, Double> idleMillisPerSecond, double marginMillisPerSecond) {
        Sample last = samples.get(samples.size() - 1);
        Sample first = null;
        for (int i = samples.size() - 1; i >= 0 && first == null; i--) {
            if (last.nanos() - samples.get(i).nanos() >= nanos) {
                first = samples.get(i);
            }
        }
        if (first == null) {
            return false;
        }
        double seconds = (last.nanos() - first.nanos()) / 1e9;
        for (Map.Entry<String, Long> before : first.cpuMillis().entrySet()) {
            Long after = last.cpuMillis().get(before.getKey());
            double allowed = (idleMillisPerSecond.getOrDefault(before.getKey(), 0.0) + marginMillisPerSecond) * seconds;
            if (after != null && after - before.getValue() > allowed) {
                return false;
            }
        }
        return true;
    }

    private Sample firstReaching(long progress) {
        for (Sample sample : samples) {
            if (sample.progress() >= progress) {
                return sample;
            }
        }
        return null;
    }
}
