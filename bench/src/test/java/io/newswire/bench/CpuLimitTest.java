package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuLimitTest {

    @Test
    void theLimitIsTheCoresOverTheSumOfTheStagesCosts() {
        // The prototype of the platform notes: 0.54 ms of CPU per article alone on 2 cores.
        Map<String, Double> costs = Map.of("ingest", 0.13, "kafka", 0.08, "enrich", 0.1, "index", 0.05,
                "elasticsearch", 0.18);

        assertThat(PipelineBenchmark.cpuLimit(costs, 2)).isCloseTo(2000 / 0.54, within(1e-6));
    }
}
