package io.newswire.bench;

import io.newswire.model.Article;
import io.newswire.model.JsonSerde;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Raw Kafka produce: the raw articles, serialized exactly as ingest-service publishes them, sent as fast as one
 * producer with ingest-service's settings (acks=all, idempotent, its linger and batch size) takes them, to a scratch
 * topic shaped like {@code articles.raw} (deleted afterwards). Asynchronous sends, unlike ingest, where each request
 * waits for its own ack: this is what the broker and the client can do, not what ingest does.
 */
final class KafkaCeiling {

    record Result(long records, double recordsPerSecond, double megabytesPerSecond, int averageRecordBytes,
            Map<String, String> producerSettings) {
    }

    private KafkaCeiling() {
    }

    /**
     * Sends for {@code warmUp} unmeasured, then for {@code duration} measured, into one scratch topic: a broker just
     * started took about half as much, and a second topic created right after the first was deleted answered
     * NOT_LEADER_OR_FOLLOWER, then out-of-order sequence errors, for the whole measured pass (663 records/s).
     */
    static Result measure(String bootstrapServers, String topic, int partitions, Map<String, String> ingestSettings,
            List<Article> articles, Duration warmUp, Duration duration) throws Exception {
        String[] keys = articles.stream().map(Article::id).toArray(String[]::new);
        byte[][] values = articles.stream().map(JsonSerde.ARTICLE::write).toArray(byte[][]::new);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)
                    .configs(Map.of("max.message.bytes", "8388608")))).all().get();
            try {
                produce(bootstrapServers, topic, ingestSettings, keys, values, warmUp);
                return produce(bootstrapServers, topic, ingestSettings, keys, values, duration);
            } finally {
                admin.deleteTopics(List.of(topic)).all().get();
            }
        }
    }

    private static Result produce(String bootstrapServers, String topic, Map<String, String> ingestSettings,
            String[] keys, byte[][] values, Duration duration) {
        Map<String, Object> config = new HashMap<>(ingestSettings);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong lastAck = new AtomicLong();
        long start;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            producer.partitionsFor(topic); // metadata before the clock starts
            start = System.nanoTime();
            long end = start + duration.toNanos();
            for (int n = 0; System.nanoTime() < end; n++) {
                int size = values[n % values.length].length;
                producer.send(new ProducerRecord<>(topic, keys[n % keys.length], values[n % values.length]),
                        (metadata, error) -> {
                    if (error == null) {
                        acknowledged.incrementAndGet();
                        bytes.addAndGet(size);
                        lastAck.set(System.nanoTime());
                    }
                });
            }
            producer.flush();
        }
        long nanos = lastAck.get() - start;
        Map<String, String> settings = new HashMap<>(ingestSettings);
        settings.put("acks", "all");
        settings.put("enable.idempotence", "true");
        return new Result(acknowledged.get(), Rates.perSecond(acknowledged.get(), nanos),
                Rates.perSecond(bytes.get(), nanos) / 1e6, (int) (bytes.get() / Math.max(1, acknowledged.get())),
                settings);
    }
}
