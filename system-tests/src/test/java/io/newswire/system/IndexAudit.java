package io.newswire.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.model.ArticleJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks the index against what ingest acknowledged: every acknowledged id is a document with its tags (none
 * missing), and no article of the run is there twice (no URL held by two documents).
 */
final class IndexAudit {

    private static final int MISSING_IDS_KEPT = 50;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String elasticsearch;

    IndexAudit(String elasticsearchUrl) {
        this.elasticsearch = elasticsearchUrl;
    }

    /** {@code missingIds} holds the first {@link #MISSING_IDS_KEPT} ids of the missing articles. */
    record Report(int acknowledged, int missing, List<String> missingIds, int untagged, long documents,
            int duplicatedUrls) {

        boolean complete() {
            return missing == 0;
        }

        @Override
        public String toString() {
            return "acknowledged " + acknowledged + ", indexed " + (acknowledged - missing) + ", missing " + missing
                    + ", without tags " + untagged + ", documents of the run " + documents
                    + ", URLs held by more than one document " + duplicatedUrls;
        }
    }

    /** Audits until nothing acknowledged is missing, or the timeout passes; returns the last audit. */
    Report awaitComplete(Set<String> acknowledged, String urlPrefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                Report report = audit(acknowledged, urlPrefix);
                if (report.complete() || System.nanoTime() > deadline) {
                    return report;
                }
            } catch (IllegalStateException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            Thread.sleep(1000);
        }
    }

    Report audit(Set<String> acknowledged, String urlPrefix) {
        refresh();
        int missing = 0;
        List<String> missingIds = new ArrayList<>();
        int untagged = 0;
        List<String> ids = new ArrayList<>(acknowledged);
        for (int from = 0; from < ids.size(); from += 500) {
            ObjectNode request = ArticleJson.mapper().createObjectNode();
            ids.subList(from, Math.min(ids.size(), from + 500)).forEach(request.putArray("ids")::add);
            // Not realtime: the same refreshed view as the searches below, or a document indexed after the refresh
            // is found here and not there (fault 8 once read "indexed 1, documents of the run 0").
            JsonNode docs = post("/articles/_mget?realtime=false&_source=enrichedAt,locations.name", request)
                    .path("docs");
            for (JsonNode doc : docs) {
                if (!doc.path("found").asBoolean()) {
                    if (missing++ < MISSING_IDS_KEPT) {
                        missingIds.add(doc.path("_id").asText());
                    }
                } else if (!doc.path("_source").has("enrichedAt") || doc.path("_source").path("locations").isEmpty()) {
                    untagged++;
                }
            }
        }
        JsonNode runDocuments = post("/articles/_search", ArticleJson.mapper().createObjectNode()
                .put("size", 0)
                .put("track_total_hits", true)
                .set("query", prefix(urlPrefix)));
        JsonNode duplicates = post("/articles/_search", duplicateUrls(urlPrefix));
        return new Report(acknowledged.size(), missing, missingIds, untagged,
                runDocuments.path("hits").path("total").path("value").asLong(),
                duplicates.path("aggregations").path("urls").path("buckets").size());
    }

    private static ObjectNode prefix(String urlPrefix) {
        ObjectNode query = ArticleJson.mapper().createObjectNode();
        query.putObject("prefix").put("url", urlPrefix);
        return query;
    }

    private static ObjectNode duplicateUrls(String urlPrefix) {
        ObjectNode request = ArticleJson.mapper().createObjectNode().put("size", 0);
        request.set("query", prefix(urlPrefix));
        request.putObject("aggs").putObject("urls").putObject("terms")
                .put("field", "url").put("min_doc_count", 2).put("size", 100);
        return request;
    }

    private void refresh() {
        post("/articles/_refresh", null);
    }

    private JsonNode post(String path, JsonNode body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(elasticsearch + path))
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()))
                .timeout(Duration.ofSeconds(30))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return ArticleJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Elasticsearch unreachable at " + elasticsearch, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
