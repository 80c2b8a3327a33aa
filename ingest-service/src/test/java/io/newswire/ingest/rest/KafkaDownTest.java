package io.newswire.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.newswire.testing.MetricsScrape;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Kafka down (nothing listens where the service looks for it): articles are refused with 503 after max.block.ms. */
@QuarkusTest
@QuarkusTestResource(value = KafkaDownTest.NoBroker.class, restrictToAnnotatedClass = true)
class KafkaDownTest {

    /**
     * Both spellings: Quarkus builds the Kafka client settings from every property name starting with "kafka",
     * and the environment's KAFKA_BOOTSTRAP_SERVERS (which ./pipeline test exports) is one such name of its own.
     */
    public static class NoBroker implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:1", "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1",
                    "kafka.max.block.ms", "2000");
        }

        @Override
        public void stop() {
        }
    }

    @TestHTTPResource("/q/metrics")
    URL metrics;

    @Test
    void anArticleKafkaCannotTakeIsA503CountedAsUnavailable() {
        MetricsScrape before = MetricsScrape.of(metrics);

        given().contentType(ContentType.JSON)
                .body("{\"url\": \"https://news.example.org/" + UUID.randomUUID() + "\", \"title\": \"t\", \"text\": \"x\"}")
                .post("/articles").then().statusCode(503).header("Retry-After", "5");

        MetricsScrape after = MetricsScrape.of(metrics);
        assertThat(ArticleOutcomesTest.moved(before, after, "rejected", "unavailable")).isEqualTo(1);
        assertThat(ArticleOutcomesTest.moved(before, after, "accepted", "none")).isZero();
    }

    @Test
    void readinessIsDownNamingKafka() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'Kafka connection health check' }.status", equalTo("DOWN"));
    }
}
