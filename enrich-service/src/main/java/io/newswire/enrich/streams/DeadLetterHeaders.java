package io.newswire.enrich.streams;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/**
 * The headers a dead letter carries: why, and where it came from. The names are SmallRye Reactive Messaging's
 * dead-letter-queue headers, so both dead-letter topics of the pipeline read the same way.
 */
final class DeadLetterHeaders {

    static final String REASON = "dead-letter-reason";
    static final String CAUSE = "dead-letter-cause";
    static final String TOPIC = "dead-letter-topic";
    static final String PARTITION = "dead-letter-partition";
    static final String OFFSET = "dead-letter-offset";
    static final String TRUNCATED = "dead-letter-truncated-from";

    private DeadLetterHeaders() {
    }

    static void add(Headers headers, String reason, Throwable cause, String topic, int partition, long offset) {
        put(headers, REASON, reason);
        if (cause != null && cause.getCause() != null) {
            put(headers, CAUSE, cause.getCause().toString());
        }
        put(headers, TOPIC, topic);
        put(headers, PARTITION, Integer.toString(partition));
        put(headers, OFFSET, Long.toString(offset));
    }

    static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
