package io.newswire.bench;

import io.newswire.tagger.Tagger;
import io.newswire.tools.bench.BenchCorpus;
import io.newswire.tools.bench.TaggerBenchmark;
import java.util.ArrayList;
import java.util.List;

/**
 * How fast this machine runs a fixed piece of work now: the tagger on one thread of the bench JVM over a fixed
 * sample of the feed, for about a second. On a shared host the same code runs faster or slower from one minute to
 * the next; read just before each measured pass, it tells whether two passes ran on the same machine, in effect.
 */
final class HostSpeed {

    /** Every 40th article of the feed: about 500, a pass over them a tenth of a second. */
    private static final int SAMPLE_EVERY = 40;
    private static final double SECONDS = 1.0;

    private final Tagger tagger;
    private final BenchCorpus sample;

    HostSpeed(Tagger tagger, BenchCorpus feed) {
        this.tagger = tagger;
        List<BenchCorpus.Document> documents = new ArrayList<>();
        long words = 0;
        for (int n = 0; n < feed.documents().size(); n += SAMPLE_EVERY) {
            BenchCorpus.Document document = feed.documents().get(n);
            documents.add(document);
            words += BenchCorpus.countWords(document.text());
        }
        this.sample = new BenchCorpus(feed.name() + " (every " + SAMPLE_EVERY + "th)", documents, words);
    }

    /**
     * A pass's ratio to the co-located limit as it would read had the host run at {@code limitSpeed}, the speed
     * the limit was measured at, instead of {@code passSpeed}: CPU per article scales inversely with the host's
     * speed, so the limit does too. A model, checked only roughly: in run 07:56 of 2026-11-27, over the three passes
     * of each kind, CPU per article times host speed had a standard deviation of 7% of its mean, CPU per article 11%.
     */
    static double atSpeed(double ratio, double passSpeed, double limitSpeed) {
        return ratio * limitSpeed / passSpeed;
    }

    /** Tagger articles per second on one thread, over a third of a second of warm-up and a second measured. */
    double read() {
        return TaggerBenchmark.measure(tagger, sample, SECONDS).articlesPerSecond();
    }
}
