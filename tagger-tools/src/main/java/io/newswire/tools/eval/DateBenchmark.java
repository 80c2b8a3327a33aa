package io.newswire.tools.eval;

import io.newswire.tagger.dates.DateTagger;
import io.newswire.tools.bench.BenchCorpus;
import io.newswire.tagger.text.Tokenizer;
import io.newswire.tagger.text.Tokens;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the date stage alone on one thread: texts are tokenized beforehand, then tagged in repeated passes
 * after warm-up passes. Words are whitespace-separated, as counted in the data README.
 *
 * <p>Usage: {@code DateBenchmark [dataDir] [seconds per corpus]}; dataDir defaults to {@code ../shared/data}.
 */
public final class DateBenchmark {

    private DateBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        DateTagger tagger = DateTagger.load();
        for (String corpus : BenchCorpus.STANDARD) {
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
        BenchCorpus corpus = BenchCorpus.read(file);
        Tokenizer tokenizer = new Tokenizer();
        List<Tokens> tokens = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (BenchCorpus.Document document : corpus.documents()) {
            tokens.add(tokenizer.tokenize(document.text()));
            dates.add(document.publishedAt());
        }
        return new Corpus(tokens, dates, corpus.words());
    }
}
