package io.newswire.tools.names;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.tagger.names.Name;
import io.newswire.tagger.names.NameFinder;
import io.newswire.tagger.text.Tokenizer;
import io.newswire.tagger.text.Tokens;
import io.newswire.tools.bench.BenchCorpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Measures the name stage alone (find + entities) on one thread, in words per second, over the bench corpora:
 * texts are tokenized beforehand, then tagged in warm-up rounds and in timed rounds. Words are
 * whitespace-separated, as the corpora's sizes are stated. Usage: {@code NameFinderBenchmark [dataDir]}.
 */
public final class NameFinderBenchmark {

    private NameFinderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "../shared/data");
        long loadStart = System.nanoTime();
        NameFinder finder = NameFinder.load();
        System.out.printf("load %.0f ms%n", (System.nanoTime() - loadStart) / 1e6);
        for (String corpus : List.of("bench/news-long.jsonl.gz", "bench/reuters21578.jsonl.gz")) {
            List<String> texts = texts(dataDir.resolve(corpus));
            Tokenizer tokenizer = new Tokenizer();
            List<Tokens> tokenized = new ArrayList<>(texts.size());
            long words = 0;
            for (String text : texts) {
                tokenized.add(tokenizer.tokenize(text));
                words += BenchCorpus.countWords(text);
            }
            for (int round = 0; round < 3; round++) {
                run(finder, tokenized);
            }
            long best = Long.MAX_VALUE;
            long names = 0;
            for (int round = 0; round < 5; round++) {
                long start = System.nanoTime();
                names = run(finder, tokenized);
                best = Math.min(best, System.nanoTime() - start);
            }
            System.out.printf("%s: %,d texts, %,d words, %,d names; best of 5: %.0f ms, %,.0f words/s%n",
                    corpus, texts.size(), words, names, best / 1e6, words / (best / 1e9));
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap used after GC: %,d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    private static long run(NameFinder finder, List<Tokens> texts) {
        long names = 0;
        for (Tokens tokens : texts) {
            List<Name> found = finder.find(tokens, List.of());
            names += finder.entities(tokens, found, List.of()).size();
        }
        return names;
    }

    private static List<String> texts(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    texts.add(json.readTree(line).get("text").asText());
                }
            }
        }
        return texts;
    }
}
