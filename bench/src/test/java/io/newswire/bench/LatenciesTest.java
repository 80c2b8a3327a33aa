package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesOfOneToHundredAreTheValuesAtTheirRanks() {
        long[] values = LongStream.rangeClosed(1, 100).map(v -> 101 - v).toArray(); // unsorted on purpose

        assertThat(Latencies.of(values)).isEqualTo(new Latencies(100, 50, 95, 99, 100));
    }

    @Test
    void aPercentileIsAlwaysAMeasuredValueRoundedUpInRank() {
        long[] values = {10, 20, 30};

        Latencies latencies = Latencies.of(values);

        assertThat(latencies.p50()).isEqualTo(20); // rank ceil(1.5) = 2
        assertThat(latencies.p95()).isEqualTo(30);
        assertThat(latencies.p99()).isEqualTo(30);
    }

    @Test
    void aSingleValueIsEveryPercentile() {
        assertThat(Latencies.of(new long[] {7})).isEqualTo(new Latencies(1, 7, 7, 7, 7));
    }

    @Test
    void noValuesAreReportedAsAnEmptyCountNotAsFast() {
        assertThat(Latencies.of(new long[0]).count()).isZero();
    }

    @Test
    void theInputIsLeftAsItWas() {
        long[] values = {3, 1, 2};

        Latencies.of(values);

        assertThat(values).containsExactly(3, 1, 2);
    }
}
