package io.newswire.index;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.testing.ConsoleLog;
import io.newswire.testing.MetricsScrape;
import io.newswire.testing.KafkaRecords;
import io.newswire.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The running service on a real broker and a real Elasticsearch node. */
@QuarkusTest
@QuarkusTestResource(value = IndexTestResource.class, restrictToAnnotatedClass = true)
class IndexServiceTest {

    @Inject
    ElasticsearchClient elasticsearch;

    @TestHTTPResource("/q/metrics")
    URL metrics;

    private static String enriched(String id, String title, String enrichedAt, String publishedAt) {
        return """
                {"schemaVersion": 1, "id": "%s", "url": "https://news.example.org/%s", "title": "%s",
                 "text": "Militants retook Palmyra <script>alert(1)</script> on 10 December.",
                 "publishedAt": "%s", "enrichedAt": "%s",
                 "locations": [{"name": "Tadmur", "geonameId": 163808, "countryCode": "SY", "featureCode": "PPLA2",
                                "lat": 34.5624, "lon": 38.28402, "mentions": [{"start": 17, "end": 24, "text": "Palmyra"}]}],
                 "entities": [], "dates": []}""".formatted(id, id, title, publishedAt, enrichedAt);
    }

    @Test
    void documentsAreIndexedByIdAndARejectedOneIsDeadLetteredWithElasticsearchsReason() throws Exception {
        String good = "good-" + UUID.randomUUID();
        String rejected = "conflict-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        // One key, one partition: the three records travel in the same poll and the same bulk.
        send("same-key", enriched(good, "Palmyra falls", "2016-12-13T10:00:00Z", "2016-12-13"),
                enriched(rejected, "Bad date", "2016-12-13T10:00:00Z", "not a date"),
                enriched(other, "Mosul", "2016-12-13T10:00:00Z", "2016-12-13"));

        JsonPath article = awaitArticle(good);
        assertThat(article.getString("title")).isEqualTo("Palmyra falls");
        assertThat(article.getDouble("locations[0].point.lat")).isEqualTo(34.5624);
        assertThat(article.getList("countries")).containsExactly("SY");
        awaitArticle(other);

        ConsumerRecord<String, byte[]> dead = KafkaRecords.firstWithKey(IndexTestResource.DEAD, "same-key");
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).contains(rejected);
        assertThat(header(dead, "dead-letter-reason")).contains("publishedAt");
        assertThat(header(dead, "dead-letter-topic")).isEqualTo(IndexTestResource.ENRICHED);
        given().get("/articles/" + rejected).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void replaysLeaveOneDocumentAndOnlyANewerVersionReplacesIt() throws Exception {
        String id = "versioned-" + UUID.randomUUID();
        send(id, enriched(id, "first", "2016-12-13T10:00:00Z", "2016-12-13"));
        awaitArticle(id);

        send(id, enriched(id, "first", "2016-12-13T10:00:00Z", "2016-12-13"),
                enriched(id, "newer", "2016-12-13T11:00:00Z", "2016-12-13"),
                enriched(id, "older", "2016-12-13T09:00:00Z", "2016-12-13"));

        await(() -> "newer".equals(given().get("/articles/" + id).jsonPath().getString("title")));
        send(id + "-marker", enriched(id + "-marker", "marker", "2016-12-13T10:00:00Z", "2016-12-13"));
        awaitArticle(id + "-marker"); // the later records of the same partition are processed by now
        assertThat(given().get("/articles/" + id).jsonPath().getString("title")).isEqualTo("newer");
        elasticsearch.indices().refresh(r -> r.index(IndexTestResource.ALIAS));
        long count = elasticsearch.count(c -> c.index(IndexTestResource.ALIAS).query(q -> q.ids(i -> i.values(id))))
                .count();
        assertThat(count).isEqualTo(1);
    }

    @Test
    void metricsCountBulkDocumentsAndDeadLettersByReason() throws Exception {
        MetricsScrape before = MetricsScrape.of(metrics);
        String first = "bulk-" + UUID.randomUUID();
        String refused = "bulk-refused-" + UUID.randomUUID();
        String last = "bulk-last-" + UUID.randomUUID();
        send("bulk-key", enriched(first, "first", "2016-12-13T10:00:00Z", "2016-12-13"), "not an enriched article",
                enriched(refused, "Bad date", "2016-12-13T10:00:00Z", "not a date"),
                enriched(last, "last", "2016-12-13T10:00:00Z", "2016-12-13"));
        awaitArticle(first);
        awaitArticle(last);
        await(() -> moved(before, MetricsScrape.of(metrics), "newswire_dead_letters_total", "stage", "index") == 2);

        MetricsScrape after = MetricsScrape.of(metrics);
        // Three documents reached Elasticsearch, in one bulk or more; the unreadable record never did.
        assertThat(moved(before, after, "newswire_index_bulk_size_sum")).isEqualTo(3);
        double bulks = moved(before, after, "newswire_index_bulk_size_count");
        assertThat(bulks).isBetween(1.0, 3.0);
        assertThat(moved(before, after, "newswire_index_bulk_duration_seconds_count")).isEqualTo(bulks);
        assertThat(moved(before, after, "newswire_index_bulk_duration_seconds_sum")).isPositive();
        assertThat(moved(before, after, "newswire_index_bulk_retries_total")).isZero();
        assertThat(moved(before, after, "newswire_dead_letters_total", "stage", "index", "reason", "unreadable"))
                .isEqualTo(1);
        assertThat(moved(before, after, "newswire_dead_letters_total", "stage", "index", "reason", "refused"))
                .isEqualTo(1);
    }

    @Test
    void whileElasticsearchRefusesWritesBulksAreRetriedAndTheLagGrows() throws Exception {
        MetricsScrape before = MetricsScrape.of(metrics);
        String blocked = "blocked-" + UUID.randomUUID();
        // The flood-stage disk block: Elasticsearch answers each write 429, which is retried until it lifts.
        blockWrites(true);
        try {
            send("blocked-key", enriched(blocked, "blocked", "2016-12-13T10:00:00Z", "2016-12-13"));
            await(() -> moved(before, MetricsScrape.of(metrics), "newswire_index_bulk_retries_total",
                    "cause", "items") >= 2);
            String[] queued = new String[5];
            for (int i = 0; i < queued.length; i++) {
                queued[i] = enriched(blocked + "-" + i, "queued", "2016-12-13T10:00:00Z", "2016-12-13");
            }
            send("blocked-key", queued);
            // The stuck batch holds its offsets: at least the five behind it wait, and the gauge shows them.
            await(() -> lag() >= queued.length);
        } finally {
            blockWrites(false);
        }
        awaitArticle(blocked);
        awaitArticle(blocked + "-4");
        await(() -> lag() == 0);
        MetricsScrape after = MetricsScrape.of(metrics);
        assertThat(moved(before, after, "newswire_index_bulk_retries_total", "cause", "request")).isZero();
        assertThat(moved(before, after, "newswire_dead_letters_total", "stage", "index")).isZero();
    }

    @Test
    void readyWithKafkaElasticsearchAndBulkWrites() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'SmallRye Reactive Messaging - readiness check' }.data.articles-enriched",
                        equalTo("[OK]"))
                .body("checks.find { it.name == 'Elasticsearch cluster health check' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'elasticsearch-writes' }.status", equalTo("UP"));
    }

    @Test
    void theIndexIsCreatedWithTheConfiguredMergePolicy() throws Exception {
        String response = given().baseUri("http://" + TestStack.elasticsearchHosts().split(",")[0])
                .queryParam("flat_settings", true)
                .get("/{alias}/_settings", IndexTestResource.ALIAS).then().statusCode(200).extract().asString();
        JsonNode settings = new ObjectMapper().readTree(response).elements().next().path("settings");
        assertThat(settings.path("index.merge.policy.segments_per_tier").asText()).isEqualTo("20");
    }

    @Test
    void consoleLogsArePlainTextByDefault() {
        ConsoleLog.assertPlain("io.newswire.index");
    }

    private double lag() {
        return MetricsScrape.of(metrics).value("newswire_consumer_lag", "group", IndexTestResource.ALIAS,
                "topic", IndexTestResource.ENRICHED);
    }

    private void blockWrites(boolean blocked) throws IOException {
        elasticsearch.indices().putSettings(s -> s.index(IndexTestResource.ALIAS)
                .settings(i -> i.blocks(b -> b.readOnlyAllowDelete(blocked))));
    }

    private static double moved(MetricsScrape before, MetricsScrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    private static void send(String key, String... values) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                TestStack.kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(IndexTestResource.ENRICHED, key, value.getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
        }
    }

    private static JsonPath awaitArticle(String id) {
        await(() -> given().get("/articles/" + id).statusCode() == 200);
        return given().get("/articles/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static void await(Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("condition not met within 60 s");
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
