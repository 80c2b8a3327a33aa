package io.newswire.index.kafka;

import io.newswire.index.IndexConfig;
import io.newswire.index.IndexMetrics;
import io.newswire.index.IndexMetrics.DeadLetterReason;
import io.newswire.model.DeadLetterHeaders;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The index dead-letter topic: enriched records that can never be indexed, with the reason (Elasticsearch's own,
 * for a refused document) and their origin in headers. A send returns once Kafka has the dead letter, so the
 * original's offset is committed only after its dead letter is safe.
 */
@ApplicationScoped
public class IndexDeadLetters {

    private static final Logger LOG = Logger.getLogger(IndexDeadLetters.class);

    private final MutinyEmitter<byte[]> emitter;
    private final int valueBytes;
    private final IndexMetrics metrics;

    public IndexDeadLetters(@Channel("index-dead-letters") MutinyEmitter<byte[]> emitter, IndexConfig config,
            IndexMetrics metrics) {
        this.emitter = emitter;
        this.valueBytes = config.deadLetterValueBytes();
        this.metrics = metrics;
    }

    public void send(String key, byte[] value, DeadLetterReason reasonClass, String reason, String topic,
            int partition, long offset) {
        LOG.warnf("dead-lettering %s-%d@%d (key %s): %s", topic, partition, offset, key, reason);
        RecordHeaders headers = new RecordHeaders();
        DeadLetterHeaders.add(headers, reason, null, topic, partition, offset);
        byte[] kept = value;
        if (value != null && value.length > valueBytes) {
            DeadLetterHeaders.put(headers, DeadLetterHeaders.TRUNCATED, Integer.toString(value.length));
            kept = Arrays.copyOf(value, valueBytes);
        }
        emitter.sendMessageAndAwait(Message.of(kept).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(key)
                .withHeaders(headers)
                .build()));
        metrics.deadLettered(reasonClass);
    }
}
