package io.newswire.bench;

/** One probed article: when it was accepted ({@link System#nanoTime()}) and how long until it was searchable. */
record FreshnessSample(long acceptedNanos, long millis) {
}
