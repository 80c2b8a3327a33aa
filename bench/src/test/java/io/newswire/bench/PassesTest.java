package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PassesTest {

    @Test
    void theFirstPassKeepsThePhaseNameAndLaterOnesAreNumbered() {
        assertThat(List.of(Passes.phase("max", 1), Passes.phase("max", 2), Passes.phase("max", 3)))
                .containsExactly("max", "max-2", "max-3");
    }

    @Test
    void eachStageTakesItsOwnMedianSoOneDisturbedPassDoesNotMoveIt() {
        Map<String, Double> median = Passes.medianOf(List.of(
                Map.of("enrich", 0.20, "elasticsearch", 0.18),
                Map.of("enrich", 0.50, "elasticsearch", 0.17),
                Map.of("enrich", 0.19, "elasticsearch", 0.40)));

        assertThat(median).containsEntry("enrich", 0.20).containsEntry("elasticsearch", 0.18);
    }

    @Test
    void anEvenCountOfPassesAveragesTheTwoMiddleValues() {
        assertThat(Passes.medianOf(List.of(Map.of("kafka", 0.1), Map.of("kafka", 0.3))))
                .containsEntry("kafka", 0.2);
    }

    @Test
    void theMedianPassIsTheMiddleOneByValueAndTheLowerMiddleOfAnEvenCount() {
        record Pass(String phase, double rate) {
        }
        List<Pass> three = List.of(new Pass("max", 2453), new Pass("max-2", 1497), new Pass("max-3", 2100));
        List<Pass> four = List.of(new Pass("max", 2453), new Pass("max-2", 1497), new Pass("max-3", 2100),
                new Pass("max-4", 2300));

        assertThat(Passes.medianOf(three, Pass::rate).phase()).isEqualTo("max-3");
        assertThat(Passes.medianOf(four, Pass::rate).phase()).isEqualTo("max-3");
        assertThat(Passes.medianOf(List.of(new Pass("max", 1)), Pass::rate).phase()).isEqualTo("max");
    }
}
