package io.newswire.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.newswire.model.Article;
import io.newswire.model.JsonSerde;
import io.newswire.testing.KafkaRecords;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(value = RawTopicResource.class, restrictToAnnotatedClass = true)
class ArticleResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    /** With its charset, or RestAssured adds ISO-8859-1, which the service refuses. */
    private static final String NDJSON_UTF8 = "application/x-ndjson; charset=UTF-8";

    @TestHTTPResource("/")
    URL root;

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

        ConsumerRecord<String, byte[]> record = KafkaRecords.firstWithKey(RawTopicResource.TOPIC, id);
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

        Article published = JsonSerde.ARTICLE.read(KafkaRecords.firstWithKey(RawTopicResource.TOPIC, id).value());
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
        long before = RawTopicResource.endOffsets();

        given().contentType(ContentType.JSON).body(body)
                .when().post("/articles")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("field", equalTo(field))
                .body("type", equalTo("/problems/invalid-field"));

        assertThat(RawTopicResource.endOffsets()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsA400Problem() {
        long before = RawTopicResource.endOffsets();
        for (String body : List.of("{\"url\": ", "[1, 2", "{\"url\": \"a\"} trailing", "", "{\"a\":1,\"a\":2}",
                "[".repeat(100) + "]".repeat(100))) {
            given().contentType(ContentType.JSON).body(body).post("/articles")
                    .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        }
        given().contentType(ContentType.JSON).body(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'})
                .post("/articles")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(RawTopicResource.endOffsets()).isEqualTo(before);
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
        long before = RawTopicResource.endOffsets();
        byte[] body = ("{\"url\": \"" + uniqueUrl() + "\", \"title\": \"t\", \"text\": \"" + "x".repeat(3_000_000)
                + "\"}").getBytes(StandardCharsets.UTF_8);

        given().contentType(ContentType.JSON).body(body).post("/articles")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        assertThat(RawTopicResource.endOffsets()).isEqualTo(before);
    }

    @Test
    void batchAcceptsValidItemsAndReportsEachRejectedOne() {
        long before = RawTopicResource.endOffsets();
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

        assertThat(RawTopicResource.endOffsets()).isEqualTo(before + 2);
    }

    @Test
    void ndjsonBatchReadsOneArticlePerLineAndReportsAnUnreadableLine() {
        long before = RawTopicResource.endOffsets();
        String body = article(uniqueUrl()).replace("\n", " ") + "\n{not json\n\n" + article(uniqueUrl()).replace("\n", " ");

        given().contentType(NDJSON_UTF8).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles/batch")
                .then().statusCode(207)
                .body("accepted", equalTo(2))
                .body("results[1].status", equalTo(400));

        assertThat(RawTopicResource.endOffsets()).isEqualTo(before + 2);
    }

    @Test
    void fullyAcceptedBatchIsA202() {
        given().contentType(ContentType.JSON).body("[" + article(uniqueUrl()) + "]")
                .post("/articles/batch")
                .then().statusCode(202).body("accepted", equalTo(1)).body("rejected", equalTo(0));
    }

    @Test
    void batchOverTheItemLimitIsA413ProblemAndPublishesNothing() {
        long before = RawTopicResource.endOffsets();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // the test limit is 5
            items.add(article(uniqueUrl()));
        }

        given().contentType(ContentType.JSON).body("[" + String.join(",", items) + "]")
                .post("/articles/batch")
                .then().statusCode(413).contentType("application/problem+json");
        assertThat(RawTopicResource.endOffsets()).isEqualTo(before);
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

    // ---- regressions found by HostileRequestsTest ----

    @Test
    void overlongLanguageTagIsA422ProblemNotAStackOverflow() {
        long before = RawTopicResource.endOffsets();
        // 5,000 subtags overflowed the stack of the pattern that checks a tag: a 500, until the length came first.
        String body = "{\"url\": \"" + uniqueUrl() + "\", \"title\": \"t\", \"text\": \"x\", \"language\": \"en"
                + "-gb".repeat(5_000) + "\"}";

        given().contentType(ContentType.JSON).body(body).post("/articles")
                .then().statusCode(422).contentType(PROBLEM_JSON).body("field", equalTo("language"));
        assertThat(RawTopicResource.endOffsets()).isEqualTo(before);
    }

    static List<byte[]> malformedUtf8() {
        return List.of(new byte[] {(byte) 0xC1, (byte) 0x81}, // overlong "A": Jackson read it as "A"
                new byte[] {(byte) 0xC0, (byte) 0xAF}, // overlong "/"
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, // overlong U+0000
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}); // past U+10FFFF
    }

    @ParameterizedTest
    @MethodSource("malformedUtf8")
    void malformedUtf8ThatJacksonDecodesAnywayIsA400Problem(byte[] sequence) {
        long before = RawTopicResource.endOffsets();
        String start = "{\"url\": \"" + uniqueUrl() + "\", \"title\": \"Palmyra";
        byte[] body = concat(start.getBytes(StandardCharsets.UTF_8), sequence,
                "\", \"text\": \"x\"}".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = send("/articles", "application/json", body);

        assertProblem(response, 400);
        assertThat(response.body()).contains("not valid UTF-8");
        assertThat(RawTopicResource.endOffsets()).isEqualTo(before);
    }

    @Test
    void bodyWithAByteOrderMarkOrInUtf16IsA400Problem() {
        long before = RawTopicResource.endOffsets();
        String article = article(uniqueUrl());
        // Jackson skipped the mark and guessed UTF-16 from the zero bytes: all three used to be published.
        for (byte[] body : List.of(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        article.getBytes(StandardCharsets.UTF_8)),
                article.getBytes(StandardCharsets.UTF_16LE), article.getBytes(StandardCharsets.UTF_16))) {
            assertProblem(send("/articles", "application/json", body), 400);
        }
        assertThat(RawTopicResource.endOffsets()).isEqualTo(before);
    }

    static List<String> undeclaredOrNonUtf8ContentTypes() {
        // No Content-Type, an empty one (a 500 once the header was parsed) and wildcards used to be read as JSON.
        return Arrays.asList(null, "", "application/*", "*/*", "application/json; charset=utf-16",
                "application/json; charset=iso-8859-1", "application/json; charset");
    }

    @ParameterizedTest
    @MethodSource("undeclaredOrNonUtf8ContentTypes")
    void bodyNotDeclaredAsUtf8JsonIsA415Problem(String contentType) {
        long before = RawTopicResource.endOffsets();

        HttpResponse<String> response = send("/articles", contentType,
                article(uniqueUrl()).getBytes(StandardCharsets.UTF_8));

        assertProblem(response, 415);
        assertThat(RawTopicResource.endOffsets()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=UTF-8", "application/json;charset=\"utf-8\""})
    void utf8CharsetParameterIsAccepted(String contentType) {
        HttpResponse<String> response = send("/articles", contentType,
                article(uniqueUrl()).getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void batchOfWhichNothingIsAcceptedIsAProblemWithEveryItemsResult() {
        long before = RawTopicResource.endOffsets();
        // It used to be a 207 "Multi-Status" success with accepted 0.
        given().contentType(NDJSON_UTF8).body("{not json\n[1,\n".getBytes(StandardCharsets.UTF_8))
                .post("/articles/batch")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/batch-rejected"))
                .body("status", equalTo(400))
                .body("rejected", equalTo(2))
                .body("results[1].status", equalTo(400));
        given().contentType(ContentType.JSON)
                .body("[{\"url\": 42, \"title\": \"t\", \"text\": \"x\"}, {\"url\": \"mailto:a@b\"}]")
                .post("/articles/batch")
                .then().statusCode(422).contentType(PROBLEM_JSON).body("results[0].problem.field", equalTo("url"));
        given().contentType(NDJSON_UTF8).body("{not json\n{\"url\": 42}".getBytes(StandardCharsets.UTF_8))
                .post("/articles/batch")
                .then().statusCode(422).contentType(PROBLEM_JSON).body("results.status", contains(400, 422));
        assertThat(RawTopicResource.endOffsets()).isEqualTo(before);
    }

    @Test
    void bodyDeclaredOverTheServerLimitIsA413ProblemAnsweredBeforeItIsRead() {
        // Over quarkus.http.limits.max-body-size (40M) Vert.x answered 413 itself, without a body.
        byte[] body = new byte[41 * 1024 * 1024];
        Arrays.fill(body, (byte) 'x');

        HttpResponse<String> response = send("/articles", "application/json", body);

        assertProblem(response, 413);
    }

    @Test
    void chunkedBodyOverTheArticleLimitIsA413Problem() {
        long before = RawTopicResource.endOffsets();
        byte[] body = ("{\"url\": \"" + uniqueUrl() + "\", \"title\": \"t\", \"text\": \"" + "x".repeat(3_000_000)
                + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = send("/articles", "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertProblem(response, 413);
        assertThat(RawTopicResource.endOffsets()).isEqualTo(before);
    }

    @Test
    void unparsableHostHeaderIsA400Problem() throws IOException {
        long before = RawTopicResource.endOffsets();

        // Vert.x fails such a request before any resource; Quarkus' error page answered it in plain text.
        RawHttp.Response response = RawHttp.exchange(root, "POST /articles HTTP/1.1",
                List.of("Host: a b", "Content-Type: application/json"),
                article(uniqueUrl()).getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("\"status\":400");
        assertThat(RawTopicResource.endOffsets()).isEqualTo(before);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(PROBLEM_JSON));
        assertThat(response.body()).contains("\"status\":" + status);
    }

    private HttpResponse<String> send(String path, String contentType, byte[] body) {
        return send(path, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** java.net.http, for exact control of the Content-Type (RestAssured adds a charset) and of chunking. */
    private HttpResponse<String> send(String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root.toString()).resolve(path)).POST(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
