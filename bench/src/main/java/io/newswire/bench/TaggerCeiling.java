package io.newswire.bench;

import io.newswire.tagger.Tagger;
import io.newswire.tools.bench.BenchCorpus;
import io.newswire.tools.bench.TaggerBenchmark;

/** The tagger alone on one thread over the feed's own mix of articles, by the tagger benchmark's harness. */
final class TaggerCeiling {

    record Result(double articlesPerSecond, double wordsPerSecond, double seconds, long averageWords) {
    }

    private TaggerCeiling() {
    }

    static Result measure(Tagger tagger, BenchCorpus feed, double seconds) {
        TaggerBenchmark.Result result = TaggerBenchmark.measure(tagger, feed, seconds);
        return new Result(result.articlesPerSecond(), result.wordsPerSecond(), seconds,
                result.words() / result.articles());
    }
}
