package io.newswire.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.testing.MetricsScrape;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code newswire.ingest.articles} on /q/metrics moves by exactly what clients were answered. */
@QuarkusTest
@QuarkusTestResource(value = RawTopicResource.class, restrictToAnnotatedClass = true)
class ArticleOutcomesTest {

    private static final String COUNTER = "newswire_ingest_articles_total";

    @TestHTTPResource("/q/metrics")
    URL metrics;

    @TestHTTPResource("/")
    URL root;

    private static String article() {
        return "{\"url\": \"https://news.example.org/" + UUID.randomUUID() + "\", \"title\": \"t\", \"text\": \"x\"}";
    }

    @Test
    void everyArticleIsCountedAsAcceptedOrRejectedByReason() {
        MetricsScrape before = MetricsScrape.of(metrics);

        given().contentType(ContentType.JSON).body(article()).post("/articles").then().statusCode(202);
        given().contentType(ContentType.JSON).body("{\"url\": \"ftp://x\", \"title\": \"t\", \"text\": \"x\"}")
                .post("/articles").then().statusCode(422);
        given().contentType(ContentType.JSON).body("{\"url\": ").post("/articles").then().statusCode(400);
        given().contentType("text/plain").body(article()).post("/articles").then().statusCode(415);
        given().contentType(ContentType.JSON).body(("{\"url\": \"https://news.example.org/big\", \"title\": \"t\", "
                + "\"text\": \"" + "x".repeat(3_000_000) + "\"}").getBytes(StandardCharsets.UTF_8))
                .post("/articles").then().statusCode(413);
        // A batch counts per item: two accepted, one invalid, one line that is no JSON.
        given().contentType("application/x-ndjson; charset=UTF-8")
                .body(String.join("\n", article(), "{\"url\": 42}", "{not json", article()).getBytes(StandardCharsets.UTF_8))
                .post("/articles/batch").then().statusCode(207);
        // Over max-batch-items (5 in this test): refused before any item is looked at, counted once.
        given().contentType(ContentType.JSON)
                .body("[" + String.join(",", article(), article(), article(), article(), article(), article()) + "]")
                .post("/articles/batch").then().statusCode(413);

        MetricsScrape after = MetricsScrape.of(metrics);
        assertThat(moved(before, after, "accepted", "none")).isEqualTo(3);
        assertThat(moved(before, after, "rejected", "invalid-field")).isEqualTo(2);
        assertThat(moved(before, after, "rejected", "malformed-json")).isEqualTo(2);
        assertThat(moved(before, after, "rejected", "unsupported-media-type")).isEqualTo(1);
        assertThat(moved(before, after, "rejected", "too-large")).isEqualTo(1);
        assertThat(moved(before, after, "rejected", "too-many-items")).isEqualTo(1);
        assertThat(moved(before, after, "rejected", "unavailable")).isZero();
        assertThat(moved(before, after, "rejected", "other")).isZero();
    }

    @Test
    void aSubmissionRefusedByARouteIsCountedToo() throws IOException {
        MetricsScrape before = MetricsScrape.of(metrics);

        // Vert.x fails this one before any resource runs: RouteProblems answers it.
        RawHttp.Response response = RawHttp.exchange(root, "POST /articles HTTP/1.1",
                List.of("Host: a b", "Content-Type: application/json"), article().getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(400);
        assertThat(moved(before, MetricsScrape.of(metrics), "rejected", "other")).isEqualTo(1);
    }

    @Test
    void requestsThatSubmitNothingAreNotCounted() {
        MetricsScrape before = MetricsScrape.of(metrics);

        given().get("/articles").then().statusCode(405);
        given().get("/q/health/ready").then().statusCode(200);

        MetricsScrape after = MetricsScrape.of(metrics);
        assertThat(after.value(COUNTER)).isEqualTo(before.value(COUNTER));
    }

    static double moved(MetricsScrape before, MetricsScrape after, String outcome, String reason) {
        return after.value(COUNTER, "outcome", outcome, "reason", reason)
                - before.value(COUNTER, "outcome", outcome, "reason", reason);
    }
}
