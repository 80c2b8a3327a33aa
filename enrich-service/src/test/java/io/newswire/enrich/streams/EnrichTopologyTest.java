package io.newswire.enrich.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.enrichment.ArticleEnricher;
import io.newswire.enrich.enrichment.EnrichMetrics;
import io.newswire.model.Article;
import io.newswire.model.DeadLetterHeaders;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.JsonSerde;
import io.newswire.tagger.Tagger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {

    private static final EnrichConfig CONFIG = new EnrichConfig() {
        public String rawTopic() { return "raw"; }
        public String enrichedTopic() { return "enriched"; }
        public String deadLetterTopic() { return "dlq"; }
        public int maxTextChars() { return 10_000; }
        public int maxEnrichedBytes() { return 100_000; }
        public int deadLetterValueBytes() { return 1_000; }
    };
    private static final Instant NOW = Instant.parse("2016-12-13T15:00:00Z");
    private static Tagger tagger;

    private final MeterRegistry registry = new SimpleMeterRegistry();

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, byte[]> enriched;
    private TestOutputTopic<String, byte[]> deadLetters;

    @BeforeAll
    static void loadTagger() {
        tagger = Tagger.load();
    }

    @BeforeEach
    void startDriver() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-topology-test");
        EnrichMetrics metrics = new EnrichMetrics(registry);
        ArticleEnricher enricher = new ArticleEnricher(tagger, CONFIG, Clock.fixed(NOW, ZoneOffset.UTC), metrics);
        driver = new TopologyTestDriver(new TopologyProducer().topology(enricher, metrics, CONFIG), props);
        raw = driver.createInputTopic("raw", new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic("enriched", new StringDeserializer(), new ByteArrayDeserializer());
        deadLetters = driver.createOutputTopic("dlq", new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    private static Article article(String id, String text) {
        return new Article(Article.SCHEMA_VERSION, id, "https://news.example.org/" + id, "Palmyra falls", text,
                "Example", "en", OffsetDateTime.parse("2016-12-13T09:00:00Z"), OffsetDateTime.parse("2016-12-13T09:01:00Z"));
    }

    @Test
    void validArticleIsEnrichedUnderItsKey() {
        raw.pipeInput("a1", JsonSerde.ARTICLE.write(article("a1", "Islamic State militants retook Palmyra, Syria.")));

        TestRecord<String, byte[]> out = enriched.readRecord();
        EnrichedArticle article = JsonSerde.ENRICHED_ARTICLE.read(out.value());
        assertThat(out.key()).isEqualTo("a1");
        assertThat(article.id()).isEqualTo("a1");
        assertThat(article.text()).isEqualTo("Islamic State militants retook Palmyra, Syria.");
        assertThat(article.enrichedAt().toInstant()).isEqualTo(NOW);
        assertThat(article.schemaVersion()).isEqualTo(EnrichedArticle.SCHEMA_VERSION);
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void invalidJsonIsDeadLetteredWithReasonAndOriginAndTheStreamGoesOn() {
        raw.pipeInput("bad", "{not json".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("a2", JsonSerde.ARTICLE.write(article("a2", "Homs.")));

        TestRecord<String, byte[]> dead = deadLetters.readRecord();
        assertThat(dead.key()).isEqualTo("bad");
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(header(dead.headers(), DeadLetterHeaders.REASON)).startsWith("unreadable JSON");
        assertThat(header(dead.headers(), DeadLetterHeaders.TOPIC)).isEqualTo("raw");
        assertThat(header(dead.headers(), DeadLetterHeaders.PARTITION)).isEqualTo("0");
        assertThat(header(dead.headers(), DeadLetterHeaders.OFFSET)).isEqualTo("0");
        assertThat(enriched.readRecord().key()).isEqualTo("a2");
    }

    @Test
    void missingFieldIsDeadLettered() {
        raw.pipeInput("a3", "{\"id\":\"a3\",\"url\":\"https://x.org\",\"title\":\"t\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(header(deadLetters.readRecord().headers(), DeadLetterHeaders.REASON)).isEqualTo("missing field: text");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void oversizedTextIsDeadLetteredWithItsValueTruncated() {
        byte[] value = JsonSerde.ARTICLE.write(article("a4", "x".repeat(20_000)));
        raw.pipeInput("a4", value);

        TestRecord<String, byte[]> dead = deadLetters.readRecord();
        assertThat(header(dead.headers(), DeadLetterHeaders.REASON)).contains("above the limit of 10000");
        assertThat(dead.value()).hasSize(1_000);
        assertThat(header(dead.headers(), DeadLetterHeaders.TRUNCATED)).isEqualTo(Integer.toString(value.length));
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesAreDeadLettered() {
        raw.pipeInput("a5", JsonSerde.ARTICLE.write(article("a5", "nul\u0000byte")));
        raw.pipeInput("a6", "{\"id\":\"a6\",\"url\":\"https://x.org\",\"title\":\"t\",\"text\":\"a\\ud800b\"}"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(header(deadLetters.readRecord().headers(), DeadLetterHeaders.REASON))
                .isEqualTo("text holds control character U+0000 at 3");
        assertThat(header(deadLetters.readRecord().headers(), DeadLetterHeaders.REASON))
                .isEqualTo("text holds an unpaired surrogate at 1");
    }

    @Test
    void keyThatIsNotTheArticleIdIsDeadLettered() {
        raw.pipeInput("other", JsonSerde.ARTICLE.write(article("a7", "Mosul.")));

        assertThat(header(deadLetters.readRecord().headers(), DeadLetterHeaders.REASON))
                .isEqualTo("the key other is not the article's id a7");
    }

    @Test
    void emptyRecordIsDeadLettered() {
        raw.pipeInput("a8", (byte[]) null);

        assertThat(header(deadLetters.readRecord().headers(), DeadLetterHeaders.REASON)).isEqualTo("empty record");
    }

    @Test
    void enrichedArticlesAreTimedAndTheirTagsCountedByKind() {
        raw.pipeInput("a9", JsonSerde.ARTICLE.write(article("a9", "Islamic State militants retook Palmyra, Syria.")));
        raw.pipeInput("a10", JsonSerde.ARTICLE.write(article("a10", "Homs.")));

        EnrichedArticle first = JsonSerde.ENRICHED_ARTICLE.read(enriched.readRecord().value());
        EnrichedArticle second = JsonSerde.ENRICHED_ARTICLE.read(enriched.readRecord().value());
        assertThat(registry.get("newswire.enrich.duration").timer().count()).isEqualTo(2);
        assertThat(registry.get("newswire.enrich.tags").tag("kind", "place").summary().totalAmount())
                .isEqualTo(first.locations().size() + second.locations().size())
                .isPositive();
        assertThat(registry.get("newswire.enrich.tags").tag("kind", "entity").summary().count()).isEqualTo(2);
        assertThat(registry.get("newswire.enrich.tags").tag("kind", "date").summary().count()).isEqualTo(2);
        assertThat(registry.get("newswire.dead_letters").counters()).allSatisfy(c -> assertThat(c.count()).isZero());
    }

    @Test
    void deadLettersAreCountedByReasonAndAreNotTimed() {
        raw.pipeInput("bad", "{not json".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("a11", (byte[]) null);
        raw.pipeInput("other", JsonSerde.ARTICLE.write(article("a12", "Mosul.")));
        raw.pipeInput("a13", JsonSerde.ARTICLE.write(article("a13", "x".repeat(20_000))));

        assertThat(deadLetters.readRecordsToList()).hasSize(4);
        assertThat(deadLetterCount("malformed")).isEqualTo(2);
        assertThat(deadLetterCount("invalid")).isEqualTo(1);
        assertThat(deadLetterCount("too-large")).isEqualTo(1);
        assertThat(deadLetterCount("tagger-failed")).isZero();
        assertThat(registry.get("newswire.enrich.duration").timer().count()).isZero();
    }

    private double deadLetterCount(String reason) {
        return registry.get("newswire.dead_letters").tags("stage", "enrich", "reason", reason).counter().count();
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
