package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTablesTest {

    @Test
    void theTerminalTableShowsCeilingsRatiosFreshnessAndResources() {
        String text = ReportTables.text(ReportFixture.report());

        assertThat(text).contains("Kafka produce", "20,000 records/s", "4,000 documents/s", "3,000 articles/s");
        assertThat(text).contains("co-located CPU limit", "1,333 articles/s");
        assertThat(text).containsPattern("sustained / co-located CPU limit +0.90");
        assertThat(text).containsPattern("first 202 to last searchable / co-located CPU limit +0.75");
        assertThat(text).containsPattern("load-50 +50% +500 +499 +on +1,500 +900 +1,400 +1,800 +2,100 +150 +300");
        assertThat(text).containsPattern("ingest-service +250");
        assertThat(text).containsPattern("peak RSS of index-service +320 MB +<= 300 MB +MISSED");
    }

    @Test
    void theMarkdownHasTheSameTablesAndSaysHowEachFigureIsMeasured() {
        String markdown = ReportTables.markdown(ReportFixture.report(), "plot.svg");

        assertThat(markdown).contains("### Ceilings (this run, this machine)", "| Kafka produce | 20,000 records/s |");
        assertThat(markdown).contains("![freshness over time](plot.svg)");
        assertThat(markdown).contains("- **freshness**: Sampled probes");
    }

    @Test
    void everyMaxThroughputPassIsShownAndTheMedianOneNamed() {
        String text = ReportTables.text(ReportFixture.report());

        assertThat(text).contains("End to end, max throughput (max-2: the median of 3 passes by sustained rate)");
        assertThat(text).containsPattern("max +1,010 +1,100 +0\\.83 +900 +0\\.68 +4,500 +0\\.83");
        assertThat(text).containsPattern("max-2 \\(median\\) +1,010 +1,200 +0\\.90 +1,000 +0\\.75 +4,200 +0\\.96");
        assertThat(text).containsPattern("max-3 +1,010 +1,300 +0\\.98 +1,100 +0\\.83 +4,900 +0\\.90");
    }

    @Test
    void eachPassShowsTheHostSpeedBeforeItAgainstTheFirstPass() {
        String text = ReportTables.text(ReportFixture.report());

        assertThat(text).contains("Host speed before each pass");
        assertThat(text).containsPattern("alone +4,500 +1\\.00");
        assertThat(text).containsPattern("max +4,200 +0\\.93");
    }

    @Test
    void stageCostsAddUpToTheTotalTheLimitIsComputedFrom() {
        String text = ReportTables.text(ReportFixture.report());

        assertThat(text).containsPattern("total +1\\.500 +100%");
        assertThat(text).contains("2 cores / 1.500 ms of CPU per article");
    }

    @Test
    void eachRunShowsWhatAnArticleCostAtItsRate() {
        String markdown = ReportTables.markdown(ReportFixture.report(), "plot.svg");

        assertThat(markdown).contains("| max | 1,000 | 0.250 | 0.500 |  |  |  |  | 0.750 | 0.75 |");
        assertThat(markdown).contains("| load-50 | 499 | 0.500 | 1.000 |  |  |  |  | 1.500 | 0.75 |");
    }
}
