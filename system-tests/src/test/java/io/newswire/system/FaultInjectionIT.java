package io.newswire.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.ArticleJson;
import io.newswire.testing.KafkaTopics;
import io.newswire.testing.TestStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults injected into the real stack while articles stream through it. Each scenario prints what it injected and
 * what it verified, and fails on any acknowledged article missing from the index or any article indexed twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {

    private static final int ARTICLES = 2000;
    private static final int PER_SECOND = 100;
    private static final Duration SETTLE = Duration.ofMinutes(4);

    private static final LocalStack STACK = new LocalStack();
    private static IndexAudit index;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startStack() {
        STACK.up();
        index = new IndexAudit(STACK.elasticsearchUrl());
    }

    @BeforeEach
    void everythingRuns() {
        STACK.up(); // a scenario that failed half-way may have left a component down
    }

    private static void report(String scenario, String injected, Object verified) {
        System.out.printf("%nFAULT %s%n  injected: %s%n  verified: %s%n%n", scenario, injected, verified);
    }

    private IndexAudit.Report streamThrough(String scenario, Runnable fault) throws Exception {
        return streamThrough(scenario, ARTICLES, fault);
    }

    /** Streams the load, calls {@code fault} once a third of it is sent, then audits the index. */
    private IndexAudit.Report streamThrough(String scenario, int articles, Runnable fault) throws Exception {
        ArticleFeed feed = new ArticleFeed(STACK.seeds());
        try (SteadyLoad load = SteadyLoad.start(feed, STACK.ingestUrl(), articles, PER_SECOND)) {
            Poll.until(Duration.ofMinutes(1), () -> load.sent() >= articles / 3 ? true : null);
            fault.run();
            load.awaitCompletion(Duration.ofMinutes(3));
            STACK.up();
            IndexAudit.Report report = index.awaitComplete(load.acknowledged(), feed.urlPrefix(), SETTLE);
            System.out.println("  load: " + load.summary());
            assertThat(load.acknowledged()).as(scenario + ": some articles acknowledged").isNotEmpty();
            assertNoneMissing(scenario, report);
            assertThat(report.untagged()).as(scenario + ": indexed without tags").isZero();
            assertThat(report.duplicatedUrls()).as(scenario + ": articles indexed twice").isZero();
            assertEveryArticleEnriched(scenario, load.acknowledged());
            return report;
        }
    }

    /** Every acknowledged article is in the index; if not, the failure says where each missing one stopped. */
    private static void assertNoneMissing(String scenario, IndexAudit.Report report) {
        assertThat(report.missing()).as(() -> scenario + ": acknowledged but missing; where they are:"
                + ArticleTrail.of(report.missingIds())).isZero();
    }

    /**
     * Enrichment is at least once: each acknowledged article has an enriched record; one a crash made enrich-service
     * redo has two (the index still holds it once, which the audit checks).
     */
    private static void assertEveryArticleEnriched(String scenario, Set<String> ids) {
        Map<String, Integer> perId = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : TopicRecords.readAll("articles.enriched")) {
            if (ids.contains(record.key())) {
                perId.merge(record.key(), 1, Integer::sum);
            }
        }
        long twice = perId.values().stream().filter(count -> count > 1).count();
        System.out.printf("  articles.enriched: %d of %d acknowledged ids enriched, %d enriched more than once%n",
                perId.size(), ids.size(), twice);
        assertThat(perId).as(scenario + ": acknowledged articles enriched").hasSize(ids.size());
    }

    @Test
    @Order(1)
    void enrichServiceKilledMidStreamLosesAndDuplicatesNothing() throws Exception {
        var report = streamThrough("1 kill -9 enrich-service", () -> {
            STACK.kill("enrich-service");
            STACK.start("enrich-service");
        });
        report("1: kill -9 enrich-service mid-stream, restarted", "SIGKILL to enrich-service after "
                + ARTICLES / 3 + " articles, then a restart", report);
    }

    @Test
    @Order(2)
    void indexServiceKilledDuringBulkLosesAndDuplicatesNothing() throws Exception {
        var report = streamThrough("2 kill -9 index-service", () -> {
            STACK.kill("index-service");
            STACK.start("index-service");
        });
        report("2: kill -9 index-service mid-stream, restarted", "SIGKILL to index-service while it indexes, "
                + "then a restart", report);
    }

    @Test
    @Order(3)
    void elasticsearchDownForAMinutePausesIndexingAndLosesNothing() throws Exception {
        List<String> observations = new ArrayList<>();
        var report = streamThrough("3 Elasticsearch down 60 s", () -> {
            try (KafkaTopics topics = new KafkaTopics()) {
                STACK.stop("elasticsearch");
                long stopped = System.nanoTime();
                Poll.until(Duration.ofSeconds(45), () -> readiness(STACK.indexUrl()) == 503 ? true : null);
                observations.add("index-service not ready " + (System.nanoTime() - stopped) / 1_000_000 + " ms after the stop");
                sleep(Duration.ofSeconds(10)); // offsets of batches indexed before the stop are committed by now
                long committedEarly = topics.committedOffsets("newswire-index");
                sleepUntil(stopped, Duration.ofSeconds(60));
                long committedLate = topics.committedOffsets("newswire-index");
                observations.add("committed offsets of newswire-index during the outage: " + committedEarly
                        + " -> " + committedLate);
                assertThat(committedLate).as("consumption paused while Elasticsearch is down").isEqualTo(committedEarly);
                STACK.start("elasticsearch");
                long started = System.nanoTime();
                Poll.until(Duration.ofMinutes(2), () -> readiness(STACK.indexUrl()) == 200 ? true : null);
                observations.add("index-service ready again " + (System.nanoTime() - started) / 1_000_000
                        + " ms after Elasticsearch restarted");
            }
        });
        report("3: Elasticsearch stopped for 60 s", "./pipeline stop elasticsearch, 60 s, start; " + observations,
                report);
    }

    @Test
    @Order(4)
    void elasticsearchAnswering429IsRetriedNeverDropped() throws Exception {
        int deadLettersBefore = TopicRecords.readAll("articles.enriched.dlq").size();
        List<String> observations = new ArrayList<>();
        var report = streamThrough("4 Elasticsearch answers 429", () -> {
            // Elasticsearch's own back-pressure block (what it sets at the flood-stage disk watermark): every
            // write is refused with 429 TOO_MANY_REQUESTS until the block is lifted.
            putSetting("true");
            int status = directWrite();
            observations.add("a direct write during the block answered " + status);
            assertThat(status).isEqualTo(429);
            sleep(Duration.ofSeconds(20));
            putSetting("null");
        });
        int deadLetters = TopicRecords.readAll("articles.enriched.dlq").size() - deadLettersBefore;
        report("4: Elasticsearch answering 429 for 20 s", "index.blocks.read_only_allow_delete on the articles index; "
                + observations, report + "; index dead letters " + deadLetters);
        assertThat(deadLetters).as("nothing dead-lettered because of 429").isZero();
    }

    @Test
    @Order(5)
    void kafkaDownDuringIngestIsA503AndEveryAcknowledgedArticleArrives() throws Exception {
        ArticleFeed feed = new ArticleFeed(STACK.seeds());
        try (SteadyLoad load = SteadyLoad.start(feed, STACK.ingestUrl(), ARTICLES, PER_SECOND)) {
            Poll.until(Duration.ofMinutes(1), () -> load.sent() >= ARTICLES / 3 ? true : null);
            Instant stopping = Instant.now();
            STACK.stop("kafka");
            Instant stopped = Instant.now();
            sleep(Duration.ofSeconds(20));
            STACK.start("kafka");
            Instant started = Instant.now();
            load.awaitCompletion(Duration.ofMinutes(3));
            STACK.up();
            IndexAudit.Report report = index.awaitComplete(load.acknowledged(), feed.urlPrefix(), SETTLE);
            report("5: Kafka broker stopped for 20 s during ingest", "./pipeline stop kafka (" + stopping + " to "
                    + stopped + "), 20 s, start (ready " + started + ")", report + "; load " + load.summary()
                    + "; 503 without Retry-After: " + load.retryAfterMissing());
            assertThat(load.count("202")).as("articles acknowledged while Kafka was up").isPositive();
            assertThat(load.count("503")).as("ingest answered 503 while Kafka was down").isPositive();
            assertThat(load.retryAfterMissing()).as("every 503 says when to retry").isZero();
            assertThat(load.count("202") + load.count("503")).as("only 202 and 503 answers")
                    .isEqualTo(load.sent() - load.count(SteadyLoad.SKIPPED));
            assertNoneMissing("5 Kafka down", report);
            assertThat(report.duplicatedUrls()).isZero();
        }
    }

    @Test
    @Order(6)
    void poisonRecordsAreDeadLetteredWithReasonAndOriginAndTheStreamGoesOn() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String valid = "{\"schemaVersion\":1,\"id\":\"%s\",\"url\":\"https://poison.example.org/%s\",\"title\":\"t\","
                + "\"text\":\"%s\",\"publishedAt\":\"2016-12-13T00:00:00Z\"}";
        Map<String, byte[]> poison = new java.util.LinkedHashMap<>();
        poison.put(run + "-invalid-json", "{\"id\": \"x\", \"text\": ".getBytes(StandardCharsets.UTF_8));
        poison.put(run + "-missing-text", ("{\"schemaVersion\":1,\"id\":\"" + run + "-missing-text\",\"url\":\"https://x.org\","
                + "\"title\":\"t\"}").getBytes(StandardCharsets.UTF_8));
        poison.put(run + "-huge", valid.formatted(run + "-huge", "huge", "Palmyra ".repeat(655_360))
                .getBytes(StandardCharsets.UTF_8));
        poison.put(run + "-surrogate", valid.formatted(run + "-surrogate", "s", "Homs \\ud800 alone")
                .getBytes(StandardCharsets.UTF_8));
        poison.put(run + "-control", valid.formatted(run + "-control", "c", "Mosul \\u0001 bell")
                .getBytes(StandardCharsets.UTF_8));
        poison.put(run + "-empty", new byte[0]);
        String after = run + "-after";
        try (var producer = producer()) {
            for (var record : poison.entrySet()) {
                producer.send(new ProducerRecord<>("articles.raw", record.getKey(), record.getValue())).get();
            }
            producer.send(new ProducerRecord<>("articles.raw", after, valid.formatted(after, "after",
                    "Militants retook Palmyra.").getBytes(StandardCharsets.UTF_8))).get();
        }

        Poll.until(Duration.ofMinutes(2), () -> given200(STACK.indexUrl() + "/articles/" + after));
        // Found by key among the records a reader sees, not by end offsets: the topic holds earlier runs' dead
        // letters too.
        Map<String, String> reasons = Poll.until(Duration.ofMinutes(1), () -> {
            Map<String, String> found = new HashMap<>();
            for (ConsumerRecord<String, byte[]> dead : TopicRecords.readAll("articles.dlq")) {
                if (poison.containsKey(dead.key())) {
                    assertThat(header(dead, "dead-letter-topic")).isEqualTo("articles.raw");
                    assertThat(header(dead, "dead-letter-partition")).matches("\\d+");
                    assertThat(header(dead, "dead-letter-offset")).matches("\\d+");
                    String previous = found.put(dead.key().substring(run.length() + 1), header(dead, "dead-letter-reason"));
                    assertThat(previous).as("dead-lettered once: " + dead.key()).isNull();
                }
            }
            return found.size() >= poison.size() ? found : null;
        });
        report("6: poison records on articles.raw", poison.size() + " records: " + poison.keySet(),
                "dead letters " + reasons.size() + " with reasons " + reasons + "; a valid article after them indexed");
        assertThat(reasons).hasSize(poison.size());
    }

    @Test
    @Order(7)
    void documentElasticsearchRejectsIsDeadLetteredAndTheRestOfItsBulkIndexed() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String enriched = "{\"schemaVersion\":1,\"id\":\"%s\",\"url\":\"https://conflict.example.org/%s\","
                + "\"title\":\"t\",\"text\":\"Palmyra\",\"publishedAt\":\"%s\",\"enrichedAt\":\"2016-12-13T10:00:00Z\","
                + "\"locations\":[],\"entities\":[],\"dates\":[]}";
        List<String> good = new ArrayList<>();
        try (var producer = producer()) {
            // One key, hence one partition, sent together: the conflicting document shares a bulk with the others.
            for (int i = 0; i < 5; i++) {
                String id = run + "-good-" + i;
                good.add(id);
                producer.send(new ProducerRecord<>("articles.enriched", run, enriched.formatted(id, id, "2016-12-13")
                        .getBytes(StandardCharsets.UTF_8)));
                if (i == 2) {
                    producer.send(new ProducerRecord<>("articles.enriched", run, enriched.formatted(run + "-conflict",
                            "conflict", "the 13th of December").getBytes(StandardCharsets.UTF_8)));
                }
            }
            producer.flush();
        }
        for (String id : good) {
            Poll.until(Duration.ofMinutes(1), () -> given200(STACK.indexUrl() + "/articles/" + id));
        }
        String reason = Poll.until(Duration.ofMinutes(1), () -> TopicRecords.readAll("articles.enriched.dlq").stream()
                .filter(record -> new String(record.value(), StandardCharsets.UTF_8).contains(run + "-conflict"))
                .map(record -> header(record, "dead-letter-reason"))
                .findFirst().orElse(null));
        report("7: a document Elasticsearch rejects", "a publishedAt of \"the 13th of December\" among 5 valid "
                + "documents of one partition", "5 indexed; dead-lettered with reason: " + reason);
        assertThat(reason).contains("publishedAt");
        assertThat(given200(STACK.indexUrl() + "/articles/" + run + "-conflict")).isNull();
    }

    @Test
    @Order(8)
    void sameArticlePostedTenTimesConcurrentlyIsOneDocument() throws Exception {
        ArticleFeed feed = new ArticleFeed(STACK.seeds());
        String body = feed.article(0);
        List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(http.sendAsync(HttpRequest.newBuilder(URI.create(STACK.ingestUrl() + "/articles"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        Set<String> ids = new HashSet<>();
        for (var post : posts) {
            HttpResponse<String> response = post.get();
            assertThat(response.statusCode()).isEqualTo(202);
            ids.add(ArticleJson.mapper().readTree(response.body()).get("id").asText());
        }
        IndexAudit.Report report = index.awaitComplete(ids, feed.urlPrefix(), Duration.ofMinutes(1));
        report("8: the same article posted 10 times at once", "10 concurrent POSTs of one URL",
                "ids answered " + ids + "; " + report);
        assertThat(ids).hasSize(1);
        assertThat(report.documents()).isEqualTo(1);
    }

    @Test
    @Order(9)
    void sigtermToEachServiceUnderLoadLosesNothing() throws Exception {
        Map<String, Duration> shutdowns = new java.util.LinkedHashMap<>();
        // Long enough a load for the three stops and restarts to happen while it runs.
        var report = streamThrough("9 SIGTERM each service", ARTICLES * 3, () -> {
            for (String service : List.of("ingest-service", "enrich-service", "index-service")) {
                shutdowns.put(service, STACK.stop(service));
                STACK.start(service);
            }
        });
        report("9: SIGTERM to each service under load, one after another, each restarted",
                "shutdown took " + shutdowns, report);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024), new StringSerializer(), new ByteArraySerializer());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private int readiness(String serviceUrl) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private Boolean given200(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200 ? true : null;
        } catch (Exception e) {
            return null;
        }
    }

    private void putSetting(String blocked) {
        send("PUT", "/articles/_settings", "{\"index.blocks.read_only_allow_delete\": " + blocked + "}", 200);
    }

    private int directWrite() {
        return send("POST", "/articles/_doc", "{\"title\": \"probe\"}", -1);
    }

    private int send(String method, String path, String body, int expected) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(STACK.elasticsearchUrl() + path))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (expected > 0 && response.statusCode() != expected) {
                throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.statusCode();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleepUntil(long startNanos, Duration after) {
        long remaining = startNanos + after.toNanos() - System.nanoTime();
        if (remaining > 0) {
            sleep(Duration.ofNanos(remaining));
        }
    }
}
