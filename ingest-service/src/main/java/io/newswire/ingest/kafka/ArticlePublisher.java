package io.newswire.ingest.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newswire.ingest.IngestConfig;
import io.newswire.model.Article;
import io.newswire.model.JsonSerde;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes accepted articles to the raw topic, keyed by id. The returned stage completes only once every in-sync
 * replica has the record (acks=all, idempotent producer), which is when ingest may answer 202.
 * <p>
 * {@code send} blocks, up to {@code max.block.ms}, while the producer has no partition metadata for the topic (at
 * start, after {@code metadata.max.idle.ms} without sends, when the broker is gone). So a send is made on the
 * caller's thread, the event loop, only while Kafka acknowledged a send less than {@link #FRESH} ago and none has
 * failed since: then the metadata is there and a send only appends to a batch. Otherwise it is made on a worker.
 * (A send also blocks while the producer's buffer.memory, 32 MB, is full of unacknowledged records: far more than
 * the requests in flight hold unless a broker stalls without failing.) Once a send failed for want of Kafka, no
 * send is made until the {@link KafkaCircuit}'s probe finds Kafka answering again.
 */
@ApplicationScoped
public class ArticlePublisher {

    /** Well inside the producer's default metadata.max.idle.ms (5 min), after which it forgets an idle topic. */
    private static final Duration FRESH = Duration.ofSeconds(30);
    private static final long PROBE_TIMEOUT_SECONDS = 5;

    private final KafkaProducer<String, byte[]> producer;
    /** The producer's own metrics (kafka_producer_*): send errors, request latency, buffer use. */
    private final KafkaClientMetrics producerMetrics;
    private final String topic;
    private final KafkaCircuit circuit;
    /** When Kafka last acknowledged a send (System.nanoTime), or {@link Long#MIN_VALUE} if never or failed since. */
    private volatile long lastAck = Long.MIN_VALUE;

    public ArticlePublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            IngestConfig config, MeterRegistry registry, Admin admin) {
        Map<String, Object> producerConfig = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            // The shared Kafka section also holds consumer and admin keys; pass the producer only what it knows.
            if (ProducerConfig.configNames().contains(key) || key.startsWith("ssl.") || key.startsWith("sasl.")) {
                producerConfig.put(key, value);
            }
        });
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producer = new KafkaProducer<>(producerConfig);
        this.producerMetrics = new KafkaClientMetrics(producer);
        producerMetrics.bindTo(registry);
        this.topic = config.topic();
        this.circuit = new KafkaCircuit(config.kafkaProbeInterval(),
                () -> admin.describeTopics(List.of(topic)).allTopicNames().get(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    /**
     * Completes when Kafka acknowledged the article, or exceptionally when it could not be written: at once, with
     * {@link KafkaUnavailableException}, while Kafka is known to be unreachable (see {@link KafkaCircuit}).
     */
    public CompletionStage<Void> publish(Article article) {
        if (!circuit.admits()) {
            return CompletableFuture.failedFuture(new KafkaUnavailableException());
        }
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, article.id(),
                JsonSerde.ARTICLE.write(article));
        long ack = lastAck;
        if (ack != Long.MIN_VALUE && System.nanoTime() - ack < FRESH.toNanos()) {
            send(record, acknowledged);
        } else {
            Infrastructure.getDefaultWorkerPool().execute(() -> send(record, acknowledged));
        }
        return acknowledged;
    }

    private void send(ProducerRecord<String, byte[]> record, CompletableFuture<Void> acknowledged) {
        try {
            producer.send(record, (metadata, error) -> {
                lastAck = error == null ? System.nanoTime() : Long.MIN_VALUE;
                if (error == null) {
                    circuit.acknowledged();
                    acknowledged.complete(null);
                } else {
                    if (error instanceof RetriableException) {
                        circuit.unavailable(error);
                    }
                    acknowledged.completeExceptionally(error);
                }
            });
        } catch (RuntimeException e) {
            // send() throws synchronously when metadata cannot be fetched within max.block.ms (broker down).
            lastAck = Long.MIN_VALUE;
            circuit.unavailable(e);
            acknowledged.completeExceptionally(e);
        }
    }

    @PreDestroy
    void close() {
        // Flush what was accepted for sending so that no request waiting for its ack is left unanswered.
        producer.close(Duration.ofSeconds(10));
        producerMetrics.close();
        circuit.close();
    }
}
