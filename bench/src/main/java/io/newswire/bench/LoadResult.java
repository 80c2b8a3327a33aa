package io.newswire.bench;

import java.util.List;
import java.util.Map;

/**
 * What a load phase got from ingest-service: every acceptance, how many 503 answers asked it to come back later,
 * the articles that failed for good (any other answer, or no answer after retries) by outcome, and how far a
 * fixed-rate schedule fell behind at worst.
 */
record LoadResult(String phase, int posted, List<Acceptance> accepted, long backPressured,
        Map<String, Integer> failures, long startNanos, long endNanos, long maxLagMillis) {

    long firstAcceptedNanos() {
        return accepted.stream().mapToLong(Acceptance::acceptedNanos).min().orElse(startNanos);
    }

    long lastAcceptedNanos() {
        return accepted.stream().mapToLong(Acceptance::acceptedNanos).max().orElse(endNanos);
    }

    /** Articles accepted per second, first 202 to last. */
    double acceptedPerSecond() {
        return Rates.perSecond(accepted.size(), lastAcceptedNanos() - firstAcceptedNanos());
    }

    int failed() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }
}
