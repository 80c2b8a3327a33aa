package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FreshnessPlotTest {

    @Test
    void axesEndAtARoundNumberAboveTheLargestValue() {
        assertThat(FreshnessPlot.niceCeiling(1300)).isEqualTo(2000);
        assertThat(FreshnessPlot.niceCeiling(2000)).isEqualTo(2000);
        assertThat(FreshnessPlot.niceCeiling(4100)).isEqualTo(5000);
        assertThat(FreshnessPlot.niceCeiling(7)).isEqualTo(10);
    }

    @Test
    void everySampleIsADotInItsRunsColourWithALegendEntryPerRun() {
        FreshnessSeries half = new FreshnessSeries("load-50", 0, List.of(
                new FreshnessSample(1_000_000_000L, 900, 200), new FreshnessSample(2_000_000_000L, 1100, 200)));
        FreshnessSeries full = new FreshnessSeries("max <1>", 0,
                List.of(new FreshnessSample(500_000_000L, 3000, 2000)));

        String svg = FreshnessPlot.svg("Freshness", List.of(half, full));

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>\n");
        assertThat(svg.split("r=\"1.6\" fill=\"#1f77b4\"", -1)).hasSize(3);
        assertThat(svg.split("r=\"1.6\" fill=\"#2ca02c\"", -1)).hasSize(2);
        assertThat(svg).contains("load-50 (2 samples)", "max &lt;1&gt; (1 samples)");
    }
}
