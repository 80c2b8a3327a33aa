package io.newswire.bench;

import io.newswire.index.document.ArticleDocument;
import io.newswire.index.document.DocumentBuilder;
import io.newswire.model.Article;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.JsonSerde;
import io.newswire.model.Tags;
import io.newswire.tagger.Tagger;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the machine does at most, measured in the run before the pipeline is: the tagger on one thread, raw Kafka
 * produce of records the size of ours with ingest's producer settings, raw Elasticsearch bulk indexing of documents
 * built as index-service builds them. The co-located CPU limit comes later, from the stages alone.
 */
final class MachineCeilings {

    /** Articles of the feed tagged and built into documents for the Elasticsearch ceiling. */
    private static final int ENRICHED_SAMPLE = 2000;

    private final BenchOptions options;
    private final Progress progress;
    private final ArticleFeed feed;
    private final Elasticsearch elasticsearch;
    private final String runId;

    MachineCeilings(BenchOptions options, Progress progress, ArticleFeed feed, Elasticsearch elasticsearch,
            String runId) {
        this.options = options;
        this.progress = progress;
        this.feed = feed;
        this.elasticsearch = elasticsearch;
        this.runId = runId;
    }

    /** Measures the three; the CPU limit is left at 0. {@code rawPartitions}: those of articles.raw. */
    BenchReport.Ceilings measure(Tagger tagger, int rawPartitions) throws Exception {
        progress.update("ceiling: tagger", "%.0f s on one thread".formatted(options.ceilingSeconds() * 4 / 3));
        TaggerCeiling.Result tagging = TaggerCeiling.measure(tagger, feed.corpus(), options.ceilingSeconds());
        progress.done("ceiling: tagger", "%,.0f articles/s, %,.0f words/s (one thread)".formatted(
                tagging.articlesPerSecond(), tagging.wordsPerSecond()));
        List<ArticleDocument> documents = enrichedSample(tagger);

        progress.update("ceiling: kafka produce", "%.0f s".formatted(options.ceilingSeconds() * 4 / 3));
        Map<String, String> producer = new LinkedHashMap<>();
        for (Knob knob : List.of(Knob.INGEST_LINGER, Knob.INGEST_BATCH)) {
            String value = options.settings().getOrDefault(knob, knob.defaultValue(options.repository()));
            if (!value.startsWith("(")) {
                producer.put(knob.key.substring("kafka.".length()), value);
            }
        }
        List<Article> raw = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int n = 0; n < feed.size(); n++) {
            raw.add(feed.article("%032x".formatted(n), n, now));
        }
        // Each ceiling first runs once unmeasured, as the tagger's warms up: the three runs here that started the stack
        // themselves measured Kafka at 47-52k records/s and Elasticsearch at 2.3-3.3k documents/s, against 84-158k
        // and 5.4-11.8k on a stack already warm (2026-11-26). One pass is not all of it: 75k and 4.6k after it.
        KafkaCeiling.Result kafka = KafkaCeiling.measure(options.kafka(), "bench-ceiling-" + runId, rawPartitions,
                producer, raw, Duration.ofMillis((long) (options.ceilingSeconds() * 1000 / 3)),
                Duration.ofMillis((long) (options.ceilingSeconds() * 1000)));
        progress.done("ceiling: kafka produce", "%,.0f records/s of %,d bytes (%.1f MB/s)".formatted(
                kafka.recordsPerSecond(), kafka.averageRecordBytes(), kafka.megabytesPerSecond()));

        progress.update("ceiling: elasticsearch bulk", "%,d documents, twice".formatted(options.esCeilingDocuments()));
        ElasticsearchCeiling.measure(elasticsearch, PipelineBenchmark.INDEX_ALIAS, "bench-ceiling-warmup-" + runId,
                options.refreshInterval(), documents, options.esCeilingDocuments(), options.esCeilingBulkSize(),
                options.esCeilingStreams());
        ElasticsearchCeiling.Result bulk = ElasticsearchCeiling.measure(elasticsearch, PipelineBenchmark.INDEX_ALIAS,
                "bench-ceiling-" + runId, options.refreshInterval(), documents, options.esCeilingDocuments(),
                options.esCeilingBulkSize(), options.esCeilingStreams());
        progress.done("ceiling: elasticsearch bulk", "%,.0f documents/s of %,d bytes (%d x %d-document bulks)"
                .formatted(bulk.documentsPerSecond(), bulk.averageDocumentBytes(), bulk.streams(), bulk.bulkSize()));
        return new BenchReport.Ceilings(kafka.recordsPerSecond(), kafka.megabytesPerSecond(),
                kafka.averageRecordBytes(), kafka.producerSettings(), bulk.documentsPerSecond(),
                bulk.averageDocumentBytes(), bulk.bulkSize(), bulk.streams(), tagging.articlesPerSecond(),
                tagging.wordsPerSecond(), tagging.averageWords(), 0);
    }

    /** Articles spread over the whole feed, tagged and built into documents as enrich and index do. */
    private List<ArticleDocument> enrichedSample(Tagger tagger) throws Exception {
        DocumentBuilder builder = new DocumentBuilder();
        List<ArticleDocument> documents = new ArrayList<>();
        int step = Math.max(1, feed.size() / ENRICHED_SAMPLE);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int n = 0; n < feed.size() && documents.size() < ENRICHED_SAMPLE; n += step) {
            Article article = feed.article("%032x".formatted(n), n, now);
            Tags tags = tagger.tag(article.text(), article.publishedAt().toLocalDate());
            EnrichedArticle enriched = EnrichedArticle.of(article, tags, OffsetDateTime.now(ZoneOffset.UTC));
            documents.add(builder.build(JsonSerde.ENRICHED_ARTICLE.write(enriched)));
        }
        return documents;
    }
}
