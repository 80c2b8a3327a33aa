package io.newswire.bench;

/** An article ingest-service answered 202: its id, its URL and when the answer arrived ({@link System#nanoTime()}). */
record Acceptance(String id, String url, long acceptedNanos) {
}
