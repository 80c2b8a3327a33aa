package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdleCpuTest {

    private static final List<String> STACK = List.of("kafka", "elasticsearch");

    /** Readings handed out in order, then the last one again and again. */
    private static <T> Deque<T> sequence(List<T> values) {
        return new ArrayDeque<>(values);
    }

    private static <T> T next(Deque<T> values) {
        return values.size() > 1 ? values.poll() : values.peek();
    }

    @Test
    void idleIsReadOnlyAfterElasticsearchFinishedMerging() throws Exception {
        Deque<Map<String, Double>> cpu = sequence(List.of(
                Map.of("kafka", 20.0, "elasticsearch", 140.0), // quiet enough, but merging
                Map.of("kafka", 20.0, "elasticsearch", 140.0),
                Map.of("kafka", 20.0, "elasticsearch", 30.0), // merges done
                Map.of("kafka", 25.0, "elasticsearch", 10.0),
                Map.of("kafka", 15.0, "elasticsearch", 20.0),
                Map.of("kafka", 30.0, "elasticsearch", 12.0)));
        Deque<Long> merges = sequence(List.of(2L, 1L, 0L));

        IdleCpu.Reading idle = IdleCpu.read(() -> next(cpu), () -> next(merges), STACK);

        assertThat(idle.settledAfter()).isEqualTo(3);
        assertThat(idle.millisPerSecond()).containsEntry("kafka", 15.0).containsEntry("elasticsearch", 10.0);
    }

    @Test
    void aBusyProcessKeepsTheStackUnsettled() throws Exception {
        Deque<Map<String, Double>> cpu = sequence(List.of(
                Map.of("kafka", 400.0, "elasticsearch", 10.0),
                Map.of("kafka", 151.0, "elasticsearch", 10.0),
                Map.of("kafka", 150.0, "elasticsearch", 10.0)));

        IdleCpu.Reading idle = IdleCpu.read(() -> next(cpu), () -> 0, STACK);

        assertThat(idle.settledAfter()).isEqualTo(3);
    }

    @Test
    void aStackThatNeverSettlesIsSaidToBeBusyAndStillRead() throws Exception {
        IdleCpu.Reading idle = IdleCpu.read(() -> Map.of("kafka", 20.0, "elasticsearch", 300.0), () -> 0, STACK);

        assertThat(idle.settledAfter()).isEqualTo(-1);
        assertThat(idle.millisPerSecond()).containsEntry("elasticsearch", 300.0);
    }
}
