package io.newswire.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A toponym corpus of {@code eval/toponyms} ({@code {"id","text","gold":[{"start","end","text","lat","lon"}]}},
 * {@code "exhaustive": false} when only some toponyms are annotated) and the stored outputs of the anchor systems
 * ({@code anchors/<corpus>_<system>.jsonl.gz}, {@code {"id","locations":[{"start","end","lat","lon"}]}}).
 */
public final class ToponymCorpus {

    /** A located span: gold or predicted; {@code lat}/{@code lon} are null when a system gave no coordinates. */
    public record Located(int start, int end, Double lat, Double lon) implements SpanAlignment.Span {
        boolean hasPoint() {
            return lat != null && lon != null;
        }
    }

    public record Document(String id, String text, boolean exhaustive, List<Located> gold) {
    }

    public static final List<String> ANCHOR_SYSTEMS = List.of("CLAVIN", "CamCoder", "DBpedia", "Edinburgh",
            "GeoTxt", "SpaCyNER", "StanfordNER", "TopoCluster", "Yahoo");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ToponymCorpus() {
    }

    public static List<Document> read(Path file) throws IOException {
        List<Document> documents = new ArrayList<>();
        for (JsonNode doc : lines(file)) {
            List<Located> gold = new ArrayList<>();
            for (JsonNode g : doc.get("gold")) {
                gold.add(located(g));
            }
            documents.add(new Document(doc.get("id").asText(), doc.get("text").asText(),
                    doc.path("exhaustive").asBoolean(true), gold));
        }
        return documents;
    }

    /** An anchor system's locations by document id. */
    public static Map<String, List<Located>> readSystem(Path file) throws IOException {
        Map<String, List<Located>> byDocument = new HashMap<>();
        for (JsonNode doc : lines(file)) {
            List<Located> locations = new ArrayList<>();
            for (JsonNode l : doc.get("locations")) {
                locations.add(located(l));
            }
            byDocument.put(doc.get("id").asText(), locations);
        }
        return byDocument;
    }

    private static Located located(JsonNode node) {
        return new Located(node.get("start").asInt(), node.get("end").asInt(),
                node.path("lat").isNumber() ? node.get("lat").asDouble() : null,
                node.path("lon").isNumber() ? node.get("lon").asDouble() : null);
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
        }
        return nodes;
    }
}
