package io.newswire.tools.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * One-to-one alignment of predicted and gold character spans ({@code [start, end)}), the matching every evaluation
 * of the tagger shares. Exact: same start and same end. Overlap: any shared character; gold spans in text order
 * each take the first still-free predicted span that overlaps them.
 */
public final class SpanAlignment {

    /** A span of text, end exclusive. */
    public interface Span {
        int start();

        int end();
    }

    /** A gold span and the predicted span aligned with it. */
    public record Pair<G extends Span, P extends Span>(G gold, P predicted) {
    }

    private SpanAlignment() {
    }

    public static <G extends Span, P extends Span> List<Pair<G, P>> exact(List<G> gold, List<P> predicted) {
        return align(gold, predicted, true);
    }

    public static <G extends Span, P extends Span> List<Pair<G, P>> overlap(List<G> gold, List<P> predicted) {
        return align(gold, predicted, false);
    }

    /** The predicted spans that overlap at least one gold span (for gold that is not exhaustive). */
    public static <P extends Span> List<P> overlappingAny(List<P> predicted, List<? extends Span> gold) {
        List<P> kept = new ArrayList<>();
        for (P p : predicted) {
            for (Span g : gold) {
                if (overlaps(g, p)) {
                    kept.add(p);
                    break;
                }
            }
        }
        return kept;
    }

    private static <G extends Span, P extends Span> List<Pair<G, P>> align(List<G> gold, List<P> predicted,
                                                                           boolean exact) {
        List<G> sortedGold = new ArrayList<>(gold);
        sortedGold.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        boolean[] taken = new boolean[predicted.size()];
        List<Pair<G, P>> pairs = new ArrayList<>();
        for (G g : sortedGold) {
            for (int i = 0; i < predicted.size(); i++) {
                P p = predicted.get(i);
                if (!taken[i] && (exact ? p.start() == g.start() && p.end() == g.end() : overlaps(g, p))) {
                    taken[i] = true;
                    pairs.add(new Pair<>(g, p));
                    break;
                }
            }
        }
        return pairs;
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
