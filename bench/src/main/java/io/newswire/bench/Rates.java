package io.newswire.bench;

/** Events per second over a span of {@link System#nanoTime()}; 0 for an empty span. */
final class Rates {

    private Rates() {
    }

    static double perSecond(double events, long nanos) {
        return nanos <= 0 ? 0 : events * 1e9 / nanos;
    }
}
