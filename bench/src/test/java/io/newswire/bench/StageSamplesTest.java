package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StageSamplesTest {

    /** 1000 articles at 100 per sample (a sample a second), costing 2 ms of stage CPU and 0.5 ms of Kafka each. */
    private static StageSamples steadyStage() {
        StageSamples samples = new StageSamples();
        for (int second = 0; second <= 10; second++) {
            long done = 100L * second;
            samples.add(new StageSamples.Sample(second * 1_000_000_000L, done,
                    Map.of("stage", 500 + 2 * done, "kafka", 100 + done / 2)));
        }
        return samples;
    }

    @Test
    void theRateIsTakenOverTheSteadyMiddleOfTheWork() {
        StageSamples.Window window = steadyStage().window(1000, 0.1, 0.9);

        assertThat(window.articles()).isEqualTo(800);
        assertThat(window.seconds()).isEqualTo(8.0);
        assertThat(window.articlesPerSecond()).isEqualTo(100.0);
    }

    @Test
    void startUpBeforeTheWindowDoesNotSlowTheRate() {
        StageSamples samples = new StageSamples();
        samples.add(new StageSamples.Sample(0, 0, Map.of("stage", 0L)));
        samples.add(new StageSamples.Sample(1_000_000_000L, 0, Map.of("stage", 3000L))); // joining, no progress
        samples.add(new StageSamples.Sample(2_000_000_000L, 500, Map.of("stage", 4000L)));
        samples.add(new StageSamples.Sample(3_000_000_000L, 1000, Map.of("stage", 5000L)));

        assertThat(samples.window(1000, 0.5, 1.0).articlesPerSecond()).isEqualTo(500.0);
    }

    @Test
    void costPerArticleIsAllTheCpuFromStartToTailLessTheIdleCpu() {
        StageSamples samples = new StageSamples();
        samples.add(new StageSamples.Sample(0, 0, Map.of("stage", 0L, "elasticsearch", 0L)));
        samples.add(new StageSamples.Sample(1_000_000_000L, 0, Map.of("stage", 300L, "elasticsearch", 10L)));
        samples.add(new StageSamples.Sample(2_000_000_000L, 1000, Map.of("stage", 2300L, "elasticsearch", 510L)));
        // The tail: no more progress, but Elasticsearch merges what it indexed.
        samples.add(new StageSamples.Sample(4_000_000_000L, 1000, Map.of("stage", 2340L, "elasticsearch", 1030L)));

        Map<String, Double> cost = samples.cpuMillisPerArticle(1000, Map.of("stage", 10.0, "elasticsearch", 5.0));

        assertThat(cost.get("stage")).isCloseTo((2340 - 40) / 1000.0, within(1e-9));
        assertThat(cost.get("elasticsearch")).isCloseTo((1030 - 20) / 1000.0, within(1e-9));
    }

    @Test
    void aProcessBusierIdleThanDuringTheStageCostsNothingRatherThanLessThanNothing() {
        StageSamples samples = new StageSamples();
        samples.add(new StageSamples.Sample(0, 0, Map.of("kafka", 0L)));
        samples.add(new StageSamples.Sample(1_000_000_000L, 100, Map.of("kafka", 10L)));

        assertThat(samples.cpuMillisPerArticle(100, Map.of("kafka", 50.0)).get("kafka")).isZero();
    }

    @Test
    void aProcessMissingFromTheLastSampleHasNoCost() {
        StageSamples samples = new StageSamples();
        samples.add(new StageSamples.Sample(0, 0, Map.of("stage", 0L, "gone", 5L)));
        samples.add(new StageSamples.Sample(1_000_000_000L, 100, Map.of("stage", 100L)));

        assertThat(samples.cpuMillisPerArticle(100, Map.of())).containsOnlyKeys("stage");
    }

    @Test
    void processesAreQuietOnceTheLastSecondUsedNoMoreThanIdlePlusTheMargin() {
        StageSamples samples = new StageSamples();
        samples.add(new StageSamples.Sample(0, 1000, Map.of("stage", 0L, "elasticsearch", 0L)));
        samples.add(new StageSamples.Sample(500_000_000L, 1000, Map.of("stage", 10L, "elasticsearch", 400L)));
        assertThat(samples.quiet(1_000_000_000L, Map.of(), 20)).as("less than a second of samples").isFalse();

        samples.add(new StageSamples.Sample(1_000_000_000L, 1000, Map.of("stage", 20L, "elasticsearch", 800L)));
        assertThat(samples.quiet(1_000_000_000L, Map.of("stage", 5.0, "elasticsearch", 5.0), 20))
                .as("Elasticsearch still merging").isFalse();

        samples.add(new StageSamples.Sample(1_500_000_000L, 1000, Map.of("stage", 25L, "elasticsearch", 805L)));
        samples.add(new StageSamples.Sample(2_000_000_000L, 1000, Map.of("stage", 30L, "elasticsearch", 810L)));
        assertThat(samples.quiet(1_000_000_000L, Map.of("stage", 5.0, "elasticsearch", 5.0), 20)).isTrue();
    }

    @Test
    void aWindowWithoutProgressIsAnError() {
        StageSamples samples = new StageSamples();
        samples.add(new StageSamples.Sample(0, 0, Map.of("stage", 0L)));
        samples.add(new StageSamples.Sample(1_000_000_000L, 950, Map.of("stage", 10L)));

        assertThatThrownBy(() -> samples.window(1000, 0.1, 0.9)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("too few samples");
    }
}
