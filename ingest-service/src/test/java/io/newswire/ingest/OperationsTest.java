package io.newswire.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.newswire.ingest.rest.RawTopicResource;
import io.newswire.testing.ConsoleLog;
import io.newswire.testing.MetricsScrape;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an operator sees of ingest with its default settings: readiness, metrics, console logs. */
@QuarkusTest
@QuarkusTestResource(value = RawTopicResource.class, restrictToAnnotatedClass = true)
class OperationsTest {

    @TestHTTPResource("/q/metrics")
    URL metrics;

    @Test
    void readyWhileKafkaAnswers() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Kafka connection health check' }.status", equalTo("UP"));
    }

    @Test
    void theProducersOwnMetricsCountWhatItSent() {
        given().contentType(ContentType.JSON)
                .body("{\"url\": \"https://news.example.org/" + UUID.randomUUID() + "\", \"title\": \"t\", \"text\": \"x\"}")
                .post("/articles").then().statusCode(202);
        MetricsScrape before = MetricsScrape.of(metrics);

        given().contentType(ContentType.JSON)
                .body("{\"url\": \"https://news.example.org/" + UUID.randomUUID() + "\", \"title\": \"t\", \"text\": \"x\"}")
                .post("/articles").then().statusCode(202);

        MetricsScrape after = MetricsScrape.of(metrics);
        assertThat(after.value("kafka_producer_record_send_total") - before.value("kafka_producer_record_send_total"))
                .isEqualTo(1);
        assertThat(after.value("kafka_producer_record_error_total")).isZero();
    }

    @Test
    void consoleLogsArePlainTextByDefault() {
        ConsoleLog.assertPlain("io.newswire.ingest");
    }
}
