package io.newswire.bench;

import java.util.Arrays;

/**
 * Percentiles of a set of latencies by the nearest-rank method: the p-th percentile is the smallest value that at
 * least p percent of the values do not exceed, so it is always one of the measured values.
 */
record Latencies(int count, long p50, long p95, long p99, long max) {

    /** No values: every percentile 0 (a report shows the count, so an empty set is not mistaken for a fast one). */
    static final Latencies NONE = new Latencies(0, 0, 0, 0, 0);

    static Latencies of(long[] values) {
        if (values.length == 0) {
            return NONE;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted[sorted.length - 1]);
    }

    static long percentile(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
