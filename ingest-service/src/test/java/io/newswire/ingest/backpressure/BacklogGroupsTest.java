package io.newswire.ingest.backpressure;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.testing.MetricsScrape;
import io.newswire.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = BacklogGroupsResource.class, restrictToAnnotatedClass = true)
class BacklogGroupsTest {

    private static final String BACKLOG = "newswire_ingest_backlog_articles";

    @TestHTTPResource("/q/metrics")
    URL metrics;

    @Test
    void theBacklogIsTheSumOfEveryGroupsLag() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < BacklogGroupsResource.MAX_ARTICLES; i++) {
                producer.send(new ProducerRecord<>(BacklogGroupsResource.NEXT_TOPIC, "k" + i, "{}")).get();
            }
        }
        awaitBacklog(BacklogGroupsResource.MAX_ARTICLES);

        // At the bound, not over it: one more article is accepted, and takes the sum over it.
        assertThat(BackPressureTest.post()).isEqualTo(202);
        awaitBacklog(BacklogGroupsResource.MAX_ARTICLES + 1);
        assertThat(BackPressureTest.post()).as("over the bound with both groups' lag together").isEqualTo(503);
    }

    /** Waits, for at most a few readings of the backlog, until the gauge shows {@code articles}. */
    private void awaitBacklog(int articles) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        double last;
        do {
            last = MetricsScrape.of(metrics).value(BACKLOG);
            if (last == articles) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("backlog " + last + ", never " + articles);
    }
}
