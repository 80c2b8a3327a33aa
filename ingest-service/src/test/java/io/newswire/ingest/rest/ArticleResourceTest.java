package io.newswire.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.newswire.model.Article;
import io.newswire.model.JsonSerde;
import io.newswire.testing.KafkaTopics;
import io.newswire.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@QuarkusTestResource(value = RawTopicResource.class, restrictToAnnotatedClass = true)
class ArticleResourceTest {

    private static String article(String url) {
        return """
                {"url": "%s", "title": "Isis seizes Russian arms", "text": "Militants raided Palmyra on 10 December.",
                 "source": "Example News", "language": "en", "publishedAt": "2016-12-13"}""".formatted(url);
    }

    private static String uniqueUrl() {
        return "https://news.example.org/" + UUID.randomUUID();
    }

    @Test
    void acceptedArticleIsPublishedKeyedByItsId() {
        String url = uniqueUrl();
        String id = given().contentType(ContentType.JSON).body(article(url))
                .when().post("/articles")
                .then().statusCode(202).body("id", matchesPattern("[0-9a-f]{32}"))
                .extract().path("id");

        ConsumerRecord<String, byte[]> record = readKey(id);
        Article published = JsonSerde.ARTICLE.read(record.value());
        assertThat(published.url()).isEqualTo(url);
        assertThat(published.title()).isEqualTo("Isis seizes Russian arms");
        assertThat(published.publishedAt()).isEqualTo(OffsetDateTime.parse("2016-12-13T00:00:00Z"));
        assertThat(published.receivedAt()).isNotNull();
        assertThat(published.schemaVersion()).isEqualTo(Article.SCHEMA_VERSION);
    }

    @Test
    void postingTheSameArticleTwiceYieldsTheSameId() {
        String url = uniqueUrl();
        String first = given().contentType(ContentType.JSON).body(article(url)).post("/articles")
                .then().statusCode(202).extract().path("id");
        String again = given().contentType(ContentType.JSON).body(article(url)).post("/articles")
                .then().statusCode(202).extract().path("id");
        String variant = given().contentType(ContentType.JSON)
                .body(article(url.replace("news.example.org", "NEWS.example.org:443") + "#comments"))
                .post("/articles").then().statusCode(202).extract().path("id");

        assertThat(again).isEqualTo(first);
        assertThat(variant).isEqualTo(first);
    }

    @Test
    void missingPublicationDateMeansTheTimeReceived() {
        String body = "{\"url\": \"" + uniqueUrl() + "\", \"title\": \"t\", \"text\": \"x\"}";
        String id = given().contentType(ContentType.JSON).body(body).post("/articles")
                .then().statusCode(202).extract().path("id");

        Article published = JsonSerde.ARTICLE.read(readKey(id).value());
        assertThat(published.publishedAt()).isEqualTo(published.receivedAt());
    }

    static List<Object[]> invalidArticles() {
        String url = "https://news.example.org/x";
        return List.of(
                new Object[] {"{\"title\": \"t\", \"text\": \"x\"}", "url"},
                new Object[] {"{\"url\": \"ftp://example.org/a\", \"title\": \"t\", \"text\": \"x\"}", "url"},
                new Object[] {"{\"url\": \"/relative/path\", \"title\": \"t\", \"text\": \"x\"}", "url"},
                new Object[] {"{\"url\": \"https://exa mple.org\", \"title\": \"t\", \"text\": \"x\"}", "url"},
                new Object[] {"{\"url\": 42, \"title\": \"t\", \"text\": \"x\"}", "url"},
                new Object[] {"{\"url\": \"" + url + "\", \"text\": \"x\"}", "title"},
                new Object[] {"{\"url\": \"" + url + "\", \"title\": \"t\", \"text\": \"   \"}", "text"},
                new Object[] {"{\"url\": \"" + url + "\", \"title\": \"t\", \"text\": [\"x\"]}", "text"},
                new Object[] {"{\"url\": \"" + url + "\", \"title\": \"t\", \"text\": \"a\\u0000b\"}", "text"},
                new Object[] {"{\"url\": \"" + url + "\", \"title\": \"t\", \"text\": \"a\\ud800b\"}", "text"},
                new Object[] {"{\"url\": \"" + url + "\", \"title\": \"t\", \"text\": \"x\", \"publishedAt\": \"13/12/2016\"}",
                        "publishedAt"},
                new Object[] {"{\"url\": \"" + url + "\", \"title\": \"t\", \"text\": \"x\", \"language\": \"en us!\"}",
                        "language"},
                new Object[] {"{\"url\": \"" + url + "\", \"title\": \"t\", \"text\": \"" + "x".repeat(1_048_577) + "\"}",
                        "text"});
    }

    @ParameterizedTest
    @MethodSource("invalidArticles")
    void invalidFieldIsA422ProblemNamingTheFieldAndPublishesNothing(String body, String field) {
        long before = endOffsets();

        given().contentType(ContentType.JSON).body(body)
                .when().post("/articles")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("field", equalTo(field))
                .body("type", equalTo("/problems/invalid-field"));

        assertThat(endOffsets()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsA400Problem() {
        long before = endOffsets();
        for (String body : List.of("{\"url\": ", "[1, 2", "{\"url\": \"a\"} trailing", "", "{\"a\":1,\"a\":2}",
                "[".repeat(100) + "]".repeat(100))) {
            given().contentType(ContentType.JSON).body(body).post("/articles")
                    .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        }
        given().contentType(ContentType.JSON).body(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'})
                .post("/articles")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(endOffsets()).isEqualTo(before);
    }

    @Test
    void wrongContentTypeIsA415Problem() {
        given().contentType(ContentType.TEXT).body(article(uniqueUrl())).post("/articles")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
        given().contentType("application/xml").body("<article/>").post("/articles")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void oversizedBodyIsA413Problem() {
        long before = endOffsets();
        byte[] body = ("{\"url\": \"" + uniqueUrl() + "\", \"title\": \"t\", \"text\": \"" + "x".repeat(3_000_000)
                + "\"}").getBytes(StandardCharsets.UTF_8);

        given().contentType(ContentType.JSON).body(body).post("/articles")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        assertThat(endOffsets()).isEqualTo(before);
    }

    @Test
    void batchAcceptsValidItemsAndReportsEachRejectedOne() {
        long before = endOffsets();
        String body = "[" + article(uniqueUrl()) + ", {\"url\": \"mailto:a@b\", \"title\": \"t\", \"text\": \"x\"}, "
                + article(uniqueUrl()) + "]";

        given().contentType(ContentType.JSON).body(body)
                .when().post("/articles/batch")
                .then().statusCode(207)
                .body("accepted", equalTo(2))
                .body("rejected", equalTo(1))
                .body("results[0].status", equalTo(202))
                .body("results[1].status", equalTo(422))
                .body("results[1].problem.field", equalTo("url"))
                .body("results[2].id", matchesPattern("[0-9a-f]{32}"));

        assertThat(endOffsets()).isEqualTo(before + 2);
    }

    @Test
    void ndjsonBatchReadsOneArticlePerLineAndReportsAnUnreadableLine() {
        long before = endOffsets();
        String body = article(uniqueUrl()).replace("\n", " ") + "\n{not json\n\n" + article(uniqueUrl()).replace("\n", " ");

        given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles/batch")
                .then().statusCode(207)
                .body("accepted", equalTo(2))
                .body("results[1].status", equalTo(400));

        assertThat(endOffsets()).isEqualTo(before + 2);
    }

    @Test
    void fullyAcceptedBatchIsA202() {
        given().contentType(ContentType.JSON).body("[" + article(uniqueUrl()) + "]")
                .post("/articles/batch")
                .then().statusCode(202).body("accepted", equalTo(1)).body("rejected", equalTo(0));
    }

    @Test
    void batchOverTheItemLimitIsA413ProblemAndPublishesNothing() {
        long before = endOffsets();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // the test limit is 5
            items.add(article(uniqueUrl()));
        }

        given().contentType(ContentType.JSON).body("[" + String.join(",", items) + "]")
                .post("/articles/batch")
                .then().statusCode(413).contentType("application/problem+json");
        assertThat(endOffsets()).isEqualTo(before);
    }

    @Test
    void emptyBatchIsA422Problem() {
        given().contentType(ContentType.JSON).body("[]").post("/articles/batch")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void unknownPathAndWrongMethodAreProblems() {
        given().get("/articles").then().statusCode(405).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").post("/nowhere")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static long endOffsets() {
        try (KafkaTopics topics = new KafkaTopics()) {
            return topics.endOffsets(RawTopicResource.TOPIC);
        }
    }

    private static ConsumerRecord<String, byte[]> readKey(String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "ingest-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(RawTopicResource.TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no record keyed " + key + " on " + RawTopicResource.TOPIC);
    }
}
