package io.newswire.enrich.streams;

import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.enrichment.ArticleEnricher;
import io.newswire.enrich.enrichment.EnrichMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrichment topology: raw articles in, enriched articles out, and anything that cannot be enriched to the
 * dead-letter topic. Values stay bytes end to end: parsing happens inside the processor, so a malformed record is
 * a dead letter rather than a deserialization failure that would stop the stream.
 */
@ApplicationScoped
public class TopologyProducer {

    private static final Serde<String> KEYS = Serdes.String();
    private static final Serde<byte[]> VALUES = Serdes.ByteArray();

    @Produces
    public Topology topology(ArticleEnricher enricher, EnrichMetrics metrics, EnrichConfig config) {
        StreamsBuilder builder = new StreamsBuilder();

        KStream<String, Outcome> outcomes = builder
                .stream(config.rawTopic(), Consumed.with(KEYS, VALUES))
                .processValues(() -> new EnrichProcessor(enricher, metrics, config.deadLetterValueBytes()),
                        Named.as("enrich"));

        outcomes.split(Named.as("outcome-"))
                .branch((id, outcome) -> outcome.enriched(), Branched.withConsumer(enriched -> enriched
                        .mapValues(Outcome::value)
                        .to(config.enrichedTopic(), Produced.with(KEYS, VALUES)), "enriched"))
                .defaultBranch(Branched.withConsumer(dead -> dead
                        .mapValues(Outcome::value)
                        .to(config.deadLetterTopic(), Produced.with(KEYS, VALUES)), "dead-letter"));

        return builder.build();
    }
}
