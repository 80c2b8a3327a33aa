package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.JsonSerde;
import io.newswire.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The running service on a real broker: exactly-once transactions, real topics, read_committed readers. */
@QuarkusTest
@QuarkusTestResource(value = EnrichTopicsResource.class, restrictToAnnotatedClass = true)
class EnrichServiceTest {

    @Test
    void rawArticlesAreEnrichedAndPoisonIsDeadLetteredOnARealBroker() throws Exception {
        Article article = new Article(Article.SCHEMA_VERSION, "e1", "https://news.example.org/e1", "Palmyra",
                "Militants retook Palmyra on 10 December.", null, "en",
                OffsetDateTime.parse("2016-12-13T00:00:00Z"), OffsetDateTime.parse("2016-12-13T00:00:01Z"));
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                TestStack.kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(EnrichTopicsResource.RAW, "poison", "][".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(EnrichTopicsResource.RAW, "e1", JsonSerde.ARTICLE.write(article))).get();
        }

        ConsumerRecord<String, byte[]> enriched = readOne(EnrichTopicsResource.ENRICHED);
        ConsumerRecord<String, byte[]> dead = readOne(EnrichTopicsResource.DEAD);

        EnrichedArticle result = JsonSerde.ENRICHED_ARTICLE.read(enriched.value());
        assertThat(enriched.key()).isEqualTo("e1");
        assertThat(result.url()).isEqualTo(article.url());
        assertThat(result.enrichedAt()).isNotNull();
        assertThat(dead.key()).isEqualTo("poison");
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .startsWith("unreadable JSON");
        assertThat(new String(dead.headers().lastHeader("dead-letter-topic").value(), StandardCharsets.UTF_8))
                .isEqualTo(EnrichTopicsResource.RAW);
    }

    private static ConsumerRecord<String, byte[]> readOne(String topic) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "enrich-test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    return record;
                }
            }
        }
        throw new AssertionError("nothing arrived on " + topic);
    }
}
