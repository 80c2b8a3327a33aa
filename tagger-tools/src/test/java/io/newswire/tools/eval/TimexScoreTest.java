package io.newswire.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newswire.model.TemporalExpression;
import io.newswire.model.TimexType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimexScoreTest {

    private static TemporalExpression timex(int start, int end, TimexType type, String value) {
        return new TemporalExpression(start, end, "x".repeat(end - start), type, value);
    }

    @Test
    void strictNeedsTheSameSpanAndRelaxedAnOverlapMatchedOnce() {
        List<TemporalExpression> gold = List.of(
                timex(0, 10, TimexType.DATE, "2016-12-10"),      // found exactly
                timex(20, 35, TimexType.DATE, "2016"),           // found shorter, wrong value
                timex(40, 45, TimexType.DURATION, "P3D"));       // missed
        List<TemporalExpression> found = List.of(
                timex(0, 10, TimexType.DATE, "2016-12-10"),
                timex(24, 30, TimexType.DURATION, "2015"),
                timex(31, 35, TimexType.DATE, "2016"),           // overlaps gold 2 too, but it is taken
                timex(60, 65, TimexType.SET, "P1D"));            // invented
        List<String> reported = new ArrayList<>();
        TimexScore score = new TimexScore();
        score.add(found, gold,
                (f, g) -> reported.add((f == null ? "-" : f.value()) + "/" + (g == null ? "-" : g.value())));

        assertThat(score.strictPrecision()).isCloseTo(1 / 4.0, within(1e-9));
        assertThat(score.strictRecall()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(score.relaxedPrecision()).isCloseTo(2 / 4.0, within(1e-9));
        assertThat(score.relaxedRecall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.valueF1()).isCloseTo(f1(1 / 4.0, 1 / 3.0), within(1e-9));
        assertThat(score.typeF1()).isCloseTo(f1(1 / 4.0, 1 / 3.0), within(1e-9));
        assertThat(reported).containsExactly("2015/2016", "2016/-", "P1D/-", "-/P3D");
    }

    @Test
    void scoresAddUpOverDocuments() {
        TimexScore total = new TimexScore();
        for (int i = 0; i < 2; i++) {
            TimexScore document = new TimexScore();
            document.add(List.of(timex(0, 4, TimexType.DATE, "2015")), List.of(timex(0, 4, TimexType.DATE, "2015"),
                    timex(9, 12, TimexType.DATE, "PRESENT_REF")), (f, g) -> { });
            total.add(document);
        }
        assertThat(total.systemCount()).isEqualTo(2);
        assertThat(total.goldCount()).isEqualTo(4);
        assertThat(total.relaxedF1()).isCloseTo(f1(1.0, 0.5), within(1e-9));
    }

    private static double f1(double p, double r) {
        return 2 * p * r / (p + r);
    }
}
