package io.newswire.ingest.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.newswire.ingest.rest.RawTopicResource;
import io.newswire.testing.MetricsScrape;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@TestProfile(ApiKeyAuthenticationTest.KeysConfigured.class)
@QuarkusTestResource(value = RawTopicResource.class, restrictToAnnotatedClass = true)
class ApiKeyAuthenticationTest {

    /** Keys that protect nothing but this test; a deployment sets its own through NEWSWIRE_INGEST_API_KEYS. */
    private static final String FIRST_KEY = "ingest-test-key-one-0123456789";
    private static final String SECOND_KEY = "ingest-test-key-two-abcdefghij";

    public static class KeysConfigured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newswire.ingest.api-keys", FIRST_KEY + "," + SECOND_KEY);
        }
    }

    @TestHTTPResource("/q/metrics")
    URL metrics;

    private static String article() {
        return "{\"url\": \"https://news.example.org/" + UUID.randomUUID() + "\", \"title\": \"t\", \"text\": \"x\"}";
    }

    @Test
    void articleWithABearerKeyIsAcceptedAndPublished() {
        long before = RawTopicResource.endOffsets();

        given().header("Authorization", "Bearer " + FIRST_KEY).contentType(ContentType.JSON).body(article())
                .post("/articles").then().statusCode(202);

        assertThat(RawTopicResource.endOffsets()).isEqualTo(before + 1);
    }

    @Test
    void batchWithAnXApiKeyIsAcceptedAndPublished() {
        long before = RawTopicResource.endOffsets();

        given().header("X-API-Key", SECOND_KEY).contentType(ContentType.JSON).body("[" + article() + "]")
                .post("/articles/batch").then().statusCode(202);

        assertThat(RawTopicResource.endOffsets()).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer wrong-key-0123456789abcdef", "Bearer ", "Basic " + FIRST_KEY,
            "X-API-Key wrong-key-0123456789abcdef", "X-API-Key " + FIRST_KEY + "x", "Bearer " + SECOND_KEY + "-"})
    void requestWithoutAValidKeyIsA401ProblemAndPublishesNothing(String credential) {
        long before = RawTopicResource.endOffsets();

        for (String[] pathAndBody : new String[][] {{"/articles", article()}, {"/articles/batch", "[" + article() + "]"}}) {
            withCredential(credential).contentType(ContentType.JSON).body(pathAndBody[1])
                    .post(pathAndBody[0])
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("status", equalTo(401));
        }
        assertThat(RawTopicResource.endOffsets()).isEqualTo(before);
    }

    @Test
    void keyIsCheckedBeforeTheBodyIsParsed() {
        // Unauthenticated, a malformed body is refused as unauthenticated: it was never parsed.
        given().contentType(ContentType.JSON).body("{not json").post("/articles")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusedSubmissionsAreCountedAsUnauthorizedOnMetricsThatStayOpen() {
        MetricsScrape before = MetricsScrape.of(metrics);

        given().contentType(ContentType.JSON).body(article()).post("/articles").then().statusCode(401);
        given().contentType(ContentType.JSON).body("[" + article() + "]").post("/articles/batch").then().statusCode(401);

        MetricsScrape after = MetricsScrape.of(metrics);
        String counter = "newswire_ingest_articles_total";
        assertThat(after.value(counter, "reason", "unauthorized") - before.value(counter, "reason", "unauthorized"))
                .isEqualTo(2);
    }

    @Test
    void healthStaysOpen() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
    }

    /** "" sends no credential; "X-API-Key value" sends that header; anything else is an Authorization value. */
    private static RequestSpecification withCredential(String credential) {
        if (credential.isEmpty()) {
            return given();
        }
        if (credential.startsWith("X-API-Key ")) {
            return given().header("X-API-Key", credential.substring("X-API-Key ".length()));
        }
        return given().header("Authorization", credential);
    }
}
