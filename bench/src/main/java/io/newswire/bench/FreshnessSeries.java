package io.newswire.bench;

import java.util.List;

/** The freshness samples of one run, for the plot: when the run began ({@link System#nanoTime()}) and its samples. */
record FreshnessSeries(String label, long startNanos, List<FreshnessSample> samples) {
}
