package io.newswire.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.model.TemporalExpression;
import io.newswire.model.TimexType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** A TIMEX3-annotated corpus in the shared JSON Lines form: text, publication date (DCT) and gold expressions. */
record TimexCorpus(List<Document> documents) {

    /** One annotated text; {@code subcorpus} is e.g. TimeBank or AQUAINT. */
    record Document(String id, String subcorpus, LocalDate publishedAt, String text, List<TemporalExpression> gold) {
    }

    static TimexCorpus read(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Document> documents = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    documents.add(document(mapper.readTree(line)));
                }
            }
        }
        return new TimexCorpus(documents);
    }

    static Document document(JsonNode node) {
        List<TemporalExpression> gold = new ArrayList<>();
        for (JsonNode g : node.path("gold")) {
            gold.add(new TemporalExpression(g.get("start").asInt(), g.get("end").asInt(), g.get("text").asText(),
                    TimexType.valueOf(g.get("type").asText()), g.get("value").asText()));
        }
        String published = node.path("publishedAt").asText("");
        LocalDate date = published.length() >= 10 ? LocalDate.parse(published.substring(0, 10)) : null;
        return new Document(node.path("id").asText(), node.path("subcorpus").asText("all"), date,
                node.get("text").asText(), gold);
    }
}
