package io.newswire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.index.document.ArticleDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Raw Elasticsearch bulk indexing: real enriched documents, built as index-service builds them, written by
 * {@code streams} parallel bulk loops of {@code bulkSize} documents each (index-service's own request shape: external
 * version, one id per article) into a scratch index with the mappings, shards, replicas and refresh interval of the
 * live articles index (which index-service created from its template), deleted afterwards.
 */
final class ElasticsearchCeiling {

    record Result(int documents, double documentsPerSecond, int averageDocumentBytes, int bulkSize, int streams) {
    }

    private ElasticsearchCeiling() {
    }

    /**
     * @param model           the index whose mappings and settings the scratch index copies
     * @param refreshInterval the scratch index's refresh interval; null for the model's
     * @param documents       distinct documents, cycled under new ids to reach {@code total}
     */
    static Result measure(Elasticsearch elasticsearch, String model, String index, String refreshInterval,
            List<ArticleDocument> documents, int total, int bulkSize, int streams) throws Exception {
        elasticsearch.put("/" + index, likeModel(elasticsearch.get("/" + model), refreshInterval));
        try {
            return load(elasticsearch, index, documents, total, bulkSize, streams);
        } finally {
            elasticsearch.delete("/" + index);
        }
    }

    /** Create-index body with the model's mappings and the settings that shape indexing cost. */
    static ObjectNode likeModel(JsonNode modelIndices, String refreshInterval) {
        JsonNode model = modelIndices.elements().next();
        JsonNode settings = model.path("settings").path("index");
        ObjectNode body = Elasticsearch.JSON.createObjectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        for (String setting : List.of("number_of_shards", "number_of_replicas", "refresh_interval", "analysis")) {
            if (settings.has(setting)) {
                index.set(setting, settings.get(setting));
            }
        }
        if (refreshInterval != null) {
            index.put("refresh_interval", refreshInterval);
        }
        body.set("mappings", model.path("mappings"));
        return body;
    }

    private static Result load(Elasticsearch elasticsearch, String index, List<ArticleDocument> documents, int total,
            int bulkSize, int streams) throws Exception {
        List<byte[]> bulks = new ArrayList<>();
        long bytes = 0;
        for (int from = 0; from < total; from += bulkSize) {
            ByteArrayOutputStream bulk = new ByteArrayOutputStream();
            for (int n = from; n < Math.min(total, from + bulkSize); n++) {
                ArticleDocument document = documents.get(n % documents.size());
                ObjectNode action = Elasticsearch.JSON.createObjectNode();
                ObjectNode meta = action.putObject("index").put("_index", index).put("_id", document.id() + "-" + n);
                if (document.version() != null) {
                    meta.put("version", document.version()).put("version_type", "external");
                }
                bulk.writeBytes(Elasticsearch.JSON.writeValueAsBytes(action));
                bulk.write('\n');
                bulk.writeBytes(document.json());
                bulk.write('\n');
                bytes += document.json().length;
            }
            bulks.add(bulk.toByteArray());
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> loops = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < streams; i++) {
            loops.add(Thread.ofPlatform().name("es-ceiling-" + i).start(() -> {
                for (int b = next.getAndIncrement(); b < bulks.size() && failure.get() == null;
                        b = next.getAndIncrement()) {
                    try {
                        elasticsearch.bulk(bulks.get(b));
                    } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }));
        }
        for (Thread loop : loops) {
            loop.join();
        }
        long nanos = System.nanoTime() - start;
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Result(total, Rates.perSecond(total, nanos), (int) (bytes / total), bulkSize, streams);
    }
}
