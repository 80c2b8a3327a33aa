package io.newswire.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * A benchmark corpus read into memory: each document's text and publication date, and the word count
 * (whitespace-separated, as the data README counts them), so timings measure tagging, not reading.
 */
public record BenchCorpus(String name, List<Document> documents, long words) {

    /** The corpora of ../shared/data/bench the speed targets are stated on. */
    public static final List<String> STANDARD = List.of("bench/news-long.jsonl.gz", "bench/reuters21578.jsonl.gz");

    public record Document(String id, String text, LocalDate publishedAt) {
    }

    public static BenchCorpus read(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Document> documents = new ArrayList<>();
        long words = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode node = mapper.readTree(line);
                String text = node.get("text").asText();
                String published = node.path("publishedAt").asText("");
                documents.add(new Document(node.path("id").asText(), text,
                        published.length() >= 10 ? LocalDate.parse(published.substring(0, 10)) : null));
                words += countWords(text);
            }
        }
        return new BenchCorpus(file.getFileName().toString(), documents, words);
    }

    public static long countWords(String text) {
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
