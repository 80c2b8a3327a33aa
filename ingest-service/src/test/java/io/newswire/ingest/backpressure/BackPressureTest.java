package io.newswire.ingest.backpressure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.newswire.testing.KafkaTopics;
import io.newswire.testing.MetricsScrape;
import io.newswire.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = BacklogTopicResource.class, restrictToAnnotatedClass = true)
class BackPressureTest {

    private static final String ARTICLES = "newswire_ingest_articles_total";

    @TestHTTPResource("/q/metrics")
    URL metrics;

    private static String article() {
        return "{\"url\": \"https://news.example.org/" + UUID.randomUUID() + "\", \"title\": \"t\", \"text\": \"x\"}";
    }

    static int post() {
        return given().contentType(ContentType.JSON).body(article()).post("/articles").statusCode();
    }

    /**
     * Calls until the answer is the status, for at most a few seconds (the backlog is read every 100 ms, and a refusal
     * comes after max-wait).
     */
    private static void until(int status, IntSupplier call) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        int last;
        do {
            last = call.getAsInt();
            if (last == status) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("still " + last + ", never " + status);
    }

    /** Each test starts from an empty backlog (a first submission waits for the reading that finds it so). */
    @BeforeEach
    void emptyBacklog() throws Exception {
        commitEverything();
    }

    @Test
    void aBacklogOverItsBoundRefusesSubmissionsUntilItDrains() throws Exception {
        for (int i = 0; i <= BacklogTopicResource.MAX_ARTICLES; i++) {
            assertThat(post()).as("article %d, below the bound", i).isEqualTo(202);
        }
        until(503, BackPressureTest::post);
        long published = endOffsets();
        MetricsScrape before = MetricsScrape.of(metrics);

        given().contentType(ContentType.JSON).body(article()).post("/articles")
                .then().statusCode(503).header("Retry-After", "1")
                .contentType("application/problem+json").body("type", equalTo("/problems/backlog"));
        given().contentType(ContentType.JSON).body("[" + article() + "]").post("/articles/batch")
                .then().statusCode(503).header("Retry-After", "1");
        assertThat(endOffsets()).as("nothing published while refused").isEqualTo(published);
        MetricsScrape after = MetricsScrape.of(metrics);
        String[] refused = {"outcome", "rejected", "reason", "backlog"};
        assertThat(after.value(ARTICLES, refused) - before.value(ARTICLES, refused)).as("refusals counted")
                .isEqualTo(2);
        assertThat(after.value("newswire_ingest_backlog_articles"))
                .isGreaterThan(BacklogTopicResource.MAX_ARTICLES);

        commitEverything();
        until(202, BackPressureTest::post);
        assertThat(endOffsets()).isEqualTo(published + 1);
    }

    @Test
    void aSubmissionThatFindsTheBacklogFullIsAcceptedIfItDrainsWithinMaxWait() throws Exception {
        until(503, BackPressureTest::post);
        long published = endOffsets();

        CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(BackPressureTest::post);
        long deadline = System.nanoTime() + BacklogTopicResource.MAX_WAIT.toNanos() / 2;
        while (MetricsScrape.of(metrics).value("newswire_ingest_backlog_waiting") < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(MetricsScrape.of(metrics).value("newswire_ingest_backlog_waiting")).as("one waiting").isEqualTo(1);
        assertThat(waiting).as("held while the backlog is full").isNotDone();
        assertThat(endOffsets()).as("nothing published while held").isEqualTo(published);

        commitEverything();
        assertThat(waiting.get(BacklogTopicResource.MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .as("accepted once the backlog drained").isEqualTo(202);
        assertThat(endOffsets()).isEqualTo(published + 1);
    }

    private static long endOffsets() {
        try (KafkaTopics topics = new KafkaTopics()) {
            return topics.endOffsets(BacklogTopicResource.TOPIC);
        }
    }

    /** The group catches up: its committed offsets move to the end of every partition. */
    private static void commitEverything() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestStack.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(BacklogTopicResource.TOPIC)).allTopicNames().get()
                    .get(BacklogTopicResource.TOPIC).partitions()
                    .forEach(p -> latest.put(new TopicPartition(BacklogTopicResource.TOPIC, p.partition()),
                            OffsetSpec.latest()));
            Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
            admin.listOffsets(latest).all().get()
                    .forEach((partition, end) -> ends.put(partition, new OffsetAndMetadata(end.offset())));
            admin.alterConsumerGroupOffsets(BacklogTopicResource.GROUP, ends).all().get();
        }
    }
}
