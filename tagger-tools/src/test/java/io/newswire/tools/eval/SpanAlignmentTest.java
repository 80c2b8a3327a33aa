package io.newswire.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.tools.eval.ToponymCorpus.Located;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanAlignmentTest {

    private static Located span(int start, int end) {
        return new Located(start, end, null, null);
    }

    @Test
    void exactNeedsTheSameStartAndEnd() {
        List<Located> gold = List.of(span(0, 5), span(10, 15));
        List<Located> predicted = List.of(span(0, 5), span(10, 14));

        assertThat(SpanAlignment.exact(gold, predicted)).hasSize(1);
    }

    @Test
    void overlapPairsEachSpanAtMostOnce() {
        List<Located> gold = List.of(span(0, 10), span(5, 8));
        List<Located> predicted = List.of(span(4, 9));

        assertThat(SpanAlignment.overlap(gold, predicted)).hasSize(1);
    }

    @Test
    void keepsOnlyPredictionsOverlappingSomeGoldSpan() {
        List<Located> kept = SpanAlignment.overlappingAny(List.of(span(0, 3), span(20, 25)), List.of(span(2, 6)));

        assertThat(kept).containsExactly(span(0, 3));
    }
}
