package io.newswire.enrich.streams;

import io.newswire.enrich.enrichment.ArticleEnricher;
import io.newswire.enrich.enrichment.EnrichMetrics;
import io.newswire.enrich.enrichment.UnreadableArticleException;
import io.newswire.model.DeadLetterHeaders;
import java.util.Arrays;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Enriches each raw record; one it cannot enrich becomes a dead letter carrying the reason and its origin
 * (topic, partition, offset), so a bad record never stops the stream.
 */
class EnrichProcessor implements FixedKeyProcessor<String, byte[], Outcome> {

    private static final Logger LOG = Logger.getLogger(EnrichProcessor.class);

    private final ArticleEnricher enricher;
    private final EnrichMetrics metrics;
    private final int deadLetterValueBytes;
    private FixedKeyProcessorContext<String, Outcome> context;

    EnrichProcessor(ArticleEnricher enricher, EnrichMetrics metrics, int deadLetterValueBytes) {
        this.enricher = enricher;
        this.metrics = metrics;
        this.deadLetterValueBytes = deadLetterValueBytes;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Outcome> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        try {
            context.forward(record.withValue(Outcome.enriched(enricher.enrich(record.key(), record.value()))));
        } catch (UnreadableArticleException e) {
            RecordMetadata origin = context.recordMetadata().orElseThrow();
            LOG.warnf("dead-lettering %s-%d@%d (key %s): %s", origin.topic(), origin.partition(), origin.offset(),
                    record.key(), e.getMessage());
            DeadLetterHeaders.add(record.headers(), e.getMessage(), e.getCause() == null ? null : e.getCause().toString(),
                    origin.topic(), origin.partition(), origin.offset());
            context.forward(record.withValue(Outcome.deadLetter(keptValue(record))));
            metrics.deadLettered(e.reason());
        }
    }

    /** A dead letter keeps the raw value for replay, cut to a size every topic accepts. */
    private byte[] keptValue(FixedKeyRecord<String, byte[]> record) {
        byte[] raw = record.value();
        if (raw == null || raw.length <= deadLetterValueBytes) {
            return raw;
        }
        DeadLetterHeaders.put(record.headers(), DeadLetterHeaders.TRUNCATED, Integer.toString(raw.length));
        return Arrays.copyOf(raw, deadLetterValueBytes);
    }
}
