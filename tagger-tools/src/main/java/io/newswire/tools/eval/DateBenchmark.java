package io.newswire.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.tagger.dates.DateTagger;
import io.newswire.tagger.text.Tokenizer;
import io.newswire.tagger.text.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Measures the date stage alone on one thread: texts are tokenized beforehand, then tagged in repeated passes
 * after warm-up passes. Words are whitespace-separated, as counted in the data README.
 *
 * <p>Usage: {@code DateBenchmark [dataDir] [seconds per corpus]}; dataDir defaults to {@code ../shared/data}.
 */
public final class DateBenchmark {

    private static final String[] CORPORA = {"bench/news-long.jsonl.gz", "bench/reuters21578.jsonl.gz"};

    private DateBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        DateTagger tagger = DateTagger.load();
        for (String corpus : CORPORA) {
            Corpus texts = read(data.resolve(corpus));
            double wordsPerSecond = measure(tagger, texts, seconds);
            System.out.printf(Locale.ROOT, "%-30s %6d docs %9d words  %,12.0f words/s (dates only, 1 thread)%n",
                    corpus, texts.tokens.size(), texts.words, wordsPerSecond);
        }
    }

    private record Corpus(List<Tokens> tokens, List<LocalDate> dates, long words) {
    }

    private static double measure(DateTagger tagger, Corpus corpus, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds / 3 * 1e9);
        long sink = 0;
        while (System.nanoTime() < deadline) { // warm-up
            sink += pass(tagger, corpus);
        }
        long start = System.nanoTime();
        deadline = start + (long) (seconds * 1e9);
        long passes = 0;
        while (System.nanoTime() < deadline) {
            sink += pass(tagger, corpus);
            passes++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (sink == 42) {
            System.out.println(); // keeps the work observable
        }
        return passes * corpus.words / elapsed;
    }

    private static long pass(DateTagger tagger, Corpus corpus) {
        long found = 0;
        for (int i = 0; i < corpus.tokens.size(); i++) {
            found += tagger.tag(corpus.tokens.get(i), corpus.dates.get(i)).size();
        }
        return found;
    }

    private static Corpus read(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Tokenizer tokenizer = new Tokenizer();
        List<Tokens> tokens = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        long words = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode node = mapper.readTree(line);
                String text = node.get("text").asText();
                String published = node.path("publishedAt").asText("");
                tokens.add(tokenizer.tokenize(text));
                dates.add(published.length() >= 10 ? LocalDate.parse(published.substring(0, 10)) : null);
                words += countWords(text);
            }
        }
        return new Corpus(tokens, dates, words);
    }

    private static long countWords(String text) {
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
