package io.newswire.bench;

/**
 * One probed article: when it was accepted ({@link System#nanoTime()}), how long until it was searchable, and how
 * long until enrich-service tagged it (its {@code enrichedAt} less the 202's wall-clock time: the part of the
 * freshness spent before enrich; the rest is enrich's commit, index-service and Elasticsearch's refresh).
 */
record FreshnessSample(long acceptedNanos, long millis, long enrichedMillis) {
}
