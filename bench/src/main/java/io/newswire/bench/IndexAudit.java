package io.newswire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the index holds of a run: counts its searchable documents, checks them one by one (each accepted article
 * exactly once, under the id its 202 gave), and removes the run's documents afterwards.
 */
final class IndexAudit {

    private static final int PAGE = 10_000;

    private final Elasticsearch elasticsearch;
    private final String index;

    IndexAudit(Elasticsearch elasticsearch, String index) {
        this.elasticsearch = elasticsearch;
        this.index = index;
    }

    /** The documents under the URL prefix that a search finds now (refreshed segments only). */
    long count(String urlPrefix) throws IOException {
        return elasticsearch.count(index, prefix(urlPrefix));
    }

    /** Compares the documents under the URL prefix with the acceptances. */
    IndexCheck check(String urlPrefix, Collection<Acceptance> accepted) throws IOException {
        Map<String, List<String>> idsByUrl = new HashMap<>();
        scan(urlPrefix, (id, url) -> idsByUrl.computeIfAbsent(url, u -> new ArrayList<>(1)).add(id));
        return IndexCheck.of(accepted, idsByUrl);
    }

    /** Deletes every document under the URL prefix, and merges the deletions away. */
    long delete(String urlPrefix) throws IOException {
        List<String> ids = new ArrayList<>();
        scan(urlPrefix, (id, url) -> ids.add(id));
        for (int from = 0; from < ids.size(); from += PAGE) {
            ByteArrayOutputStream bulk = new ByteArrayOutputStream();
            for (String id : ids.subList(from, Math.min(ids.size(), from + PAGE))) {
                ObjectNode action = Elasticsearch.JSON.createObjectNode();
                action.putObject("delete").put("_index", index).put("_id", id);
                bulk.writeBytes(Elasticsearch.JSON.writeValueAsBytes(action));
                bulk.write('\n');
            }
            elasticsearch.bulk(bulk.toByteArray());
        }
        elasticsearch.expungeDeletes(index);
        return ids.size();
    }

    private interface DocumentVisitor {
        void visit(String id, String url);
    }

    /** Every document under the prefix, searchable now, in id order (search_after on the id keyword). */
    private void scan(String urlPrefix, DocumentVisitor visitor) throws IOException {
        String after = null;
        while (true) {
            ObjectNode search = Elasticsearch.JSON.createObjectNode();
            search.put("size", PAGE);
            search.put("_source", false);
            search.set("query", prefix(urlPrefix));
            search.putArray("docvalue_fields").add("url");
            search.putArray("sort").addObject().put("id", "asc");
            if (after != null) {
                search.putArray("search_after").add(after);
            }
            JsonNode hits = elasticsearch.post("/" + index + "/_search", search).path("hits").path("hits");
            for (JsonNode hit : hits) {
                visitor.visit(hit.path("_id").asText(), hit.path("fields").path("url").path(0).asText());
                after = hit.path("sort").path(0).asText();
            }
            if (hits.size() < PAGE) {
                return;
            }
        }
    }

    private static ObjectNode prefix(String urlPrefix) {
        ObjectNode query = Elasticsearch.JSON.createObjectNode();
        query.putObject("prefix").put("url", urlPrefix);
        return query;
    }

    /**
     * The verdict: {@code missing} accepted articles without a document, {@code duplicates} documents beyond one per
     * accepted article (a second document for one URL, a document under another id than the 202 gave, or a second
     * 202 for one article), {@code unacknowledged} documents of articles never answered 202 (a request that timed out
     * on the client after ingest took it).
     */
    record IndexCheck(int accepted, int indexed, int missing, int duplicates, int unacknowledged,
            List<String> missingIds) {

        static IndexCheck of(Collection<Acceptance> acceptances, Map<String, List<String>> idsByUrl) {
            Map<String, String> acceptedIdByUrl = new HashMap<>();
            int duplicates = 0;
            Set<String> acceptedIds = new HashSet<>();
            for (Acceptance acceptance : acceptances) {
                boolean newId = acceptedIds.add(acceptance.id());
                boolean newUrl = acceptedIdByUrl.put(acceptance.url(), acceptance.id()) == null;
                if (!newId || !newUrl) {
                    duplicates++;
                }
            }
            int indexed = 0;
            int unacknowledged = 0;
            List<String> missing = new ArrayList<>();
            for (Map.Entry<String, String> article : acceptedIdByUrl.entrySet()) {
                List<String> ids = idsByUrl.getOrDefault(article.getKey(), List.of());
                if (ids.isEmpty()) {
                    missing.add(article.getValue());
                    continue;
                }
                indexed++;
                duplicates += ids.size() - 1;
                if (!ids.contains(article.getValue())) {
                    duplicates++;
                }
            }
            for (String url : idsByUrl.keySet()) {
                if (!acceptedIdByUrl.containsKey(url)) {
                    unacknowledged++;
                }
            }
            return new IndexCheck(acceptedIdByUrl.size(), indexed, missing.size(), duplicates, unacknowledged,
                    missing.stream().sorted().limit(10).toList());
        }
    }
}
