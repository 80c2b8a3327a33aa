package io.newswire.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newswire.tools.eval.ToponymCorpus.Document;
import io.newswire.tools.eval.ToponymCorpus.Located;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceScoresTest {

    private static final Document DOC = new Document("d", "Paris and Lyon and Nice", true, List.of(
            new Located(0, 5, 48.85, 2.35), new Located(10, 14, 45.75, 4.85), new Located(19, 23, 43.70, 7.27)));

    @Test
    void scoresExactSpansAndAccuracyOverLocatedMatches() {
        List<Located> output = List.of(
                new Located(0, 5, 48.85, 2.35),      // right place
                new Located(10, 14, 48.85, 2.35),    // 390 km off
                new Located(19, 22, 43.70, 7.27),    // overlap only
                new Located(30, 33, 0.0, 0.0));      // spurious

        PlaceScores s = PlaceScores.of(List.of(DOC), d -> output);

        assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(s.overlapF1()).isCloseTo(2 * 0.75 * 1.0 / 1.75, within(1e-9));
        assertThat(s.accuracy161()).isCloseTo(0.5, within(1e-9));
        assertThat(s.medianKm()).isGreaterThan(190).isLessThan(200);
    }

    @Test
    void leavesMatchesWithoutCoordinatesOutOfTheAccuracy() {
        List<Located> output = List.of(new Located(0, 5, null, null), new Located(10, 14, 45.75, 4.85));

        PlaceScores s = PlaceScores.of(List.of(DOC), d -> output);

        assertThat(s.exact()).isEqualTo(2);
        assertThat(s.unlocated()).isEqualTo(1);
        assertThat(s.accuracy161()).isEqualTo(1.0);
    }

    @Test
    void ignoresPredictionsOutsideTheGoldOfANonExhaustiveCorpus() {
        Document partial = new Document("p", DOC.text(), false, List.of(new Located(0, 5, 48.85, 2.35)));
        List<Located> output = List.of(new Located(0, 5, 48.85, 2.35), new Located(10, 14, 45.75, 4.85));

        assertThat(PlaceScores.of(List.of(partial), d -> output).precision()).isEqualTo(1.0);
    }
}
