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
import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Kafka down (nothing listens where the service looks for it): articles are refused with 503, the first after
 * max.block.ms, the next at once.
 */
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
                    "kafka.max.block.ms", "2000", "newswire.ingest.kafka-probe-interval", "60S");
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

        post().then().statusCode(503).header("Retry-After", "5");

        MetricsScrape after = MetricsScrape.of(metrics);
        assertThat(ArticleOutcomesTest.moved(before, after, "rejected", "unavailable")).isEqualTo(1);
        assertThat(ArticleOutcomesTest.moved(before, after, "accepted", "none")).isZero();
    }

    /**
     * Once a send found Kafka unreachable, later submissions are refused without waiting max.block.ms (2 s here)
     * for metadata each: under load, waiting workers would pile requests up past their clients' timeouts.
     */
    @Test
    void onceKafkaWasFoundUnreachableSubmissionsAre503WithoutWaitingForIt() {
        post().then().statusCode(503);
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            post().then().statusCode(503).header("Retry-After", "5");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("answered without waiting for Kafka")
                    .isLessThan(Duration.ofMillis(1000));
        }
    }

    private static Response post() {
        return given().contentType(ContentType.JSON)
                .body("{\"url\": \"https://news.example.org/" + UUID.randomUUID() + "\", \"title\": \"t\", \"text\": \"x\"}")
                .post("/articles");
    }

    @Test
    void readinessIsDownNamingKafka() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'Kafka connection health check' }.status", equalTo("DOWN"));
    }
}
