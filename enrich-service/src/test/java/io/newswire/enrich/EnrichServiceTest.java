package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.model.Article;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.JsonSerde;
import io.newswire.testing.ConsoleLog;
import io.newswire.testing.MetricsScrape;
import io.newswire.testing.KafkaRecords;
import io.newswire.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The running service on a real broker: real topics, read as index-service reads them (read_committed). */
@QuarkusTest
@QuarkusTestResource(value = EnrichTopicsResource.class, restrictToAnnotatedClass = true)
class EnrichServiceTest {

    @TestHTTPResource("/q/metrics")
    URL metrics;

    @TestHTTPResource("/")
    URL root;

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

        ConsumerRecord<String, byte[]> enriched = KafkaRecords.firstWithKey(EnrichTopicsResource.ENRICHED, "e1");
        ConsumerRecord<String, byte[]> dead = KafkaRecords.firstWithKey(EnrichTopicsResource.DEAD, "poison");

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

    @Test
    void metricsCountEnrichedArticlesTheirTagsAndDeadLettersAndShowTheLag() throws Exception {
        MetricsScrape before = MetricsScrape.of(metrics);
        Article article = new Article(Article.SCHEMA_VERSION, "m1", "https://news.example.org/m1", "Palmyra",
                "Militants retook Palmyra on 10 December.", null, "en",
                OffsetDateTime.parse("2016-12-13T00:00:00Z"), OffsetDateTime.parse("2016-12-13T00:00:01Z"));
        send("m1", JsonSerde.ARTICLE.write(article));
        send("m-poison", "][".getBytes(StandardCharsets.UTF_8));
        send("m-no-text", "{\"id\":\"m-no-text\",\"url\":\"https://x.org\",\"title\":\"t\"}"
                .getBytes(StandardCharsets.UTF_8));

        EnrichedArticle result = JsonSerde.ENRICHED_ARTICLE.read(
                KafkaRecords.firstWithKey(EnrichTopicsResource.ENRICHED, "m1").value());
        KafkaRecords.firstWithKey(EnrichTopicsResource.DEAD, "m-poison");
        KafkaRecords.firstWithKey(EnrichTopicsResource.DEAD, "m-no-text");

        MetricsScrape after = MetricsScrape.of(metrics);
        assertThat(moved(before, after, "newswire_enrich_duration_seconds_count")).isEqualTo(1);
        assertThat(moved(before, after, "newswire_enrich_duration_seconds_sum")).isPositive();
        assertThat(moved(before, after, "newswire_enrich_tags_count", "kind", "place")).isEqualTo(1);
        assertThat(moved(before, after, "newswire_enrich_tags_sum", "kind", "place"))
                .isEqualTo(result.locations().size()).isPositive();
        assertThat(moved(before, after, "newswire_enrich_tags_sum", "kind", "date"))
                .isEqualTo(result.dates().size()).isPositive();
        assertThat(moved(before, after, "newswire_enrich_tags_sum", "kind", "entity"))
                .isEqualTo(result.entities().size());
        assertThat(moved(before, after, "newswire_dead_letters_total", "stage", "enrich", "reason", "malformed"))
                .isEqualTo(1);
        assertThat(moved(before, after, "newswire_dead_letters_total", "stage", "enrich", "reason", "invalid"))
                .isEqualTo(1);
        assertThat(moved(before, after, "newswire_dead_letters_total", "stage", "enrich")).isEqualTo(2);
        // Everything written is processed and committed: the group's backlog on the raw topic drains to nothing.
        awaitLag(0);
    }

    @Test
    void readyOnceStreamsRunsOnTopicsThatExist() throws IOException {
        JsonNode health = new ObjectMapper().readTree(get("/q/health/ready"));
        Map<String, JsonNode> checks = new HashMap<>();
        health.path("checks").forEach(check -> checks.put(check.path("name").asText(), check));

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(checks.get("kafka-streams-state").path("data").path("state").asText()).isEqualTo("RUNNING");
        assertThat(checks.get("Kafka Streams topics health check").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void plainConsoleLogsUnlessSwitchedToJson() {
        ConsoleLog.assertPlain("io.newswire.enrich");
    }

    private void awaitLag(double expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        double lag = Double.NaN;
        while (System.nanoTime() < deadline) {
            lag = MetricsScrape.of(metrics).value("newswire_consumer_lag", "group", EnrichTopicsResource.APPLICATION_ID,
                    "topic", EnrichTopicsResource.RAW);
            if (lag == expected) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("consumer lag " + lag + ", expected " + expected);
    }

    private static double moved(MetricsScrape before, MetricsScrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    private String get(String path) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(root.toString()).resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void send(String key, byte[] value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                TestStack.kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(EnrichTopicsResource.RAW, key, value)).get();
        }
    }
}
