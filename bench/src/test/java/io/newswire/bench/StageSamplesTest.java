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
    void costPerArticleIsTheCpuOverTheWindowDividedByTheArticlesInIt() {
        StageSamples.Window window = steadyStage().window(1000, 0.1, 0.9);

        assertThat(window.articles()).isEqualTo(800);
        assertThat(window.seconds()).isEqualTo(8.0);
        assertThat(window.articlesPerSecond()).isEqualTo(100.0);
        assertThat(window.cpuMillisPerArticle().get("stage")).isCloseTo(2.0, within(1e-9));
        assertThat(window.cpuMillisPerArticle().get("kafka")).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void startUpCpuBeforeTheWindowDoesNotCount() {
        StageSamples samples = new StageSamples();
        samples.add(new StageSamples.Sample(0, 0, Map.of("stage", 0L)));
        samples.add(new StageSamples.Sample(1_000_000_000L, 0, Map.of("stage", 3000L))); // joining, no progress
        samples.add(new StageSamples.Sample(2_000_000_000L, 500, Map.of("stage", 4000L)));
        samples.add(new StageSamples.Sample(3_000_000_000L, 1000, Map.of("stage", 5000L)));

        StageSamples.Window window = samples.window(1000, 0.5, 1.0);

        assertThat(window.cpuMillisPerArticle().get("stage")).isEqualTo(2.0);
    }

    @Test
    void aProcessMissingFromTheLastSampleHasNoCost() {
        StageSamples samples = new StageSamples();
        samples.add(new StageSamples.Sample(0, 0, Map.of("stage", 0L, "gone", 5L)));
        samples.add(new StageSamples.Sample(1_000_000_000L, 100, Map.of("stage", 100L)));

        assertThat(samples.window(100, 0, 1).cpuMillisPerArticle()).containsOnlyKeys("stage");
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
