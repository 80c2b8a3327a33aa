package io.newswire.model;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/**
 * The headers a dead letter carries: why, and where it came from. The names are SmallRye Reactive Messaging's
 * dead-letter-queue headers, so every dead-letter topic of the pipeline reads the same way.
 */
public final class DeadLetterHeaders {

    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    public static final String TRUNCATED = "dead-letter-truncated-from";

    private DeadLetterHeaders() {
    }

    /** Marks a record as a dead letter: why ({@code cause}, the underlying error, may be null) and its origin. */
    public static void add(Headers headers, String reason, String cause, String topic, int partition, long offset) {
        put(headers, REASON, reason);
        if (cause != null) {
            put(headers, CAUSE, cause);
        }
        put(headers, TOPIC, topic);
        put(headers, PARTITION, Integer.toString(partition));
        put(headers, OFFSET, Long.toString(offset));
    }

    public static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
