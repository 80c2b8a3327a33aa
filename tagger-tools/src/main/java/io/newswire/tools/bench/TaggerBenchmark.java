package io.newswire.tools.bench;

import io.newswire.model.Tags;
import io.newswire.tagger.Tagger;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The whole tagger (tokenizer, dates, names, places, entity grouping) on one thread over the benchmark corpora:
 * warm-up passes, then timed passes; prints articles/s and words/s per corpus, load time and heap in use.
 *
 * <p>Usage: {@code TaggerBenchmark [dataDir] [seconds per corpus]}; dataDir defaults to {@code ../shared/data}.
 */
public final class TaggerBenchmark {

    private TaggerBenchmark() {
    }

    public record Result(String corpus, int articles, long words, double articlesPerSecond, double wordsPerSecond) {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        long loadStart = System.nanoTime();
        Tagger tagger = Tagger.load();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        System.out.printf(Locale.ROOT, "tagger loaded in %.2f s; heap used after load %d MB%n", loadSeconds,
                usedHeapMegabytes());
        for (String corpus : BenchCorpus.STANDARD) {
            Result result = measure(tagger, BenchCorpus.read(data.resolve(corpus)), seconds);
            System.out.printf(Locale.ROOT, "%-26s %6d articles %9d words  %,10.0f articles/s  %,12.0f words/s%n",
                    result.corpus(), result.articles(), result.words(), result.articlesPerSecond(),
                    result.wordsPerSecond());
        }
        System.out.printf(Locale.ROOT, "heap used after the runs %d MB (max heap %d MB)%n", usedHeapMegabytes(),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** A third of {@code seconds} warming up, then {@code seconds} of timed passes over the corpus. */
    public static Result measure(Tagger tagger, BenchCorpus corpus, double seconds) {
        long sink = 0;
        long warmUpEnd = System.nanoTime() + (long) (seconds / 3 * 1e9);
        while (System.nanoTime() < warmUpEnd) {
            sink += pass(tagger, corpus);
        }
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long passes = 0;
        do {
            sink += pass(tagger, corpus);
            passes++;
        } while (System.nanoTime() < end);
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink); // keeps the results observable to the JIT
        }
        int articles = corpus.documents().size();
        return new Result(corpus.name(), articles, corpus.words(), passes * articles / elapsed,
                passes * corpus.words() / elapsed);
    }

    private static long pass(Tagger tagger, BenchCorpus corpus) {
        long tags = 0;
        for (BenchCorpus.Document document : corpus.documents()) {
            Tags result = tagger.tag(document.text(), document.publishedAt());
            tags += result.locations().size() + result.entities().size() + result.dates().size();
        }
        return tags;
    }

    private static long usedHeapMegabytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }
}
