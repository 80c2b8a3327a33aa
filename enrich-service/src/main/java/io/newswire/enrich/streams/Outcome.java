package io.newswire.enrich.streams;

/** What became of one raw record: its enriched JSON, or the (possibly truncated) raw value to dead-letter. */
record Outcome(boolean enriched, byte[] value) {

    static Outcome enriched(byte[] json) {
        return new Outcome(true, json);
    }

    static Outcome deadLetter(byte[] raw) {
        return new Outcome(false, raw);
    }
}
