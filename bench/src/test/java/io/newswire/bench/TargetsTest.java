package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetsTest {

    /** A run sustaining {@code ratioToCpuLimit} of the limit, its whole-run figure (fill and drain in it) below. */
    private static BenchReport.EndToEnd endToEnd(double ratioToCpuLimit) {
        return new BenchReport.EndToEnd(100, 100, 100, 0, 0, 0, 0, 500, 400, 0.16, ratioToCpuLimit * 0.8,
                500, 0.2, ratioToCpuLimit, Map.of(), Map.of());
    }

    private static BenchReport.Freshness atHalfLoad(long p99) {
        return new BenchReport.Freshness("load-50", 0.5, 250, 250, true, 100, 0, p99 / 2, p99, p99, p99, 0, 0, 0,
                Map.of(), 0);
    }

    private static BenchReport.Target target(List<BenchReport.Target> targets, String prefix) {
        return targets.stream().filter(t -> t.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static final List<BenchReport.PhaseAudit> CLEAN = List.of(
            new BenchReport.PhaseAudit("max", 100, 100, 0, 0, 0, 0, List.of()));

    @Test
    void sustainedThroughputIsMetFromSevenTenthsOfTheCpuLimit() {
        assertThat(target(Targets.evaluate(endToEnd(0.7), List.of(), CLEAN, Map.of()), "end-to-end").met()).isTrue();
        assertThat(target(Targets.evaluate(endToEnd(0.69), List.of(), CLEAN, Map.of()), "end-to-end").met())
                .isFalse();
    }

    @Test
    void aRatioJustUnderTheBoundDoesNotReadAsTheBound() {
        BenchReport.Target target = target(Targets.evaluate(endToEnd(0.6977), List.of(), CLEAN, Map.of()),
                "end-to-end");

        assertThat(target.met()).isFalse();
        assertThat(target.measured()).startsWith("0.698 ");
    }

    @Test
    void freshnessAtHalfLoadIsMetUpTo2500MsAtTheNinetyNinthPercentile() {
        assertThat(target(Targets.evaluate(endToEnd(1), List.of(atHalfLoad(2500)), CLEAN, Map.of()), "freshness")
                .met()).isTrue();
        assertThat(target(Targets.evaluate(endToEnd(1), List.of(atHalfLoad(2501)), CLEAN, Map.of()), "freshness")
                .met()).isFalse();
    }

    @Test
    void aMissingOrDuplicatedDocumentMissesCompleteness() {
        List<BenchReport.PhaseAudit> missing = List.of(new BenchReport.PhaseAudit("max", 100, 99, 1, 0, 0, 0,
                List.of("x")));
        List<BenchReport.PhaseAudit> doubled = List.of(new BenchReport.PhaseAudit("max", 100, 100, 0, 1, 0, 0,
                List.of()));

        assertThat(target(Targets.evaluate(endToEnd(1), List.of(), CLEAN, Map.of()), "every").met()).isTrue();
        assertThat(target(Targets.evaluate(endToEnd(1), List.of(), missing, Map.of()), "every").met()).isFalse();
        assertThat(target(Targets.evaluate(endToEnd(1), List.of(), doubled, Map.of()), "every").met()).isFalse();
    }

    @Test
    void enrichServiceMayUseTwiceTheMemoryOfTheOthersForItsGazetteer() {
        List<BenchReport.Target> targets = Targets.evaluate(endToEnd(1), List.of(), CLEAN,
                Map.of("enrich-service", 550.0, "ingest-service", 310.0));

        assertThat(target(targets, "peak RSS of enrich").met()).isTrue();
        assertThat(target(targets, "peak RSS of ingest").met()).isFalse();
    }
}
