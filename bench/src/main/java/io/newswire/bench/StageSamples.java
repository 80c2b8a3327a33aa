package io.newswire.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Periodic samples of one stage working through a known number of articles alone: its progress and the CPU time of
 * every process. The cost per article is taken over the steady middle of the work (from one fraction of the total
 * to another), so that start-up (a consumer joining its group, the first polls) and the tail do not count.
 */
final class StageSamples {

    record Sample(long nanos, long progress, Map<String, Long> cpuMillis) {
    }

    /** The steady part of the work: CPU milliseconds per article of each process, and articles per second. */
    record Window(long articles, double seconds, Map<String, Double> cpuMillisPerArticle) {

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
        long articles = last.progress() - first.progress();
        Map<String, Double> perArticle = new LinkedHashMap<>();
        first.cpuMillis().forEach((process, before) -> {
            Long after = last.cpuMillis().get(process);
            if (after != null) {
                perArticle.put(process, (double) (after - before) / articles);
            }
        });
        return new Window(articles, (last.nanos() - first.nanos()) / 1e9, perArticle);
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
