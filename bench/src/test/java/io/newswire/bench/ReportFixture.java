package io.newswire.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A complete report with round, made-up figures, for the tests of what is written from a report. */
final class ReportFixture {

    private ReportFixture() {
    }

    static BenchReport report() {
        Map<String, Double> costs = new LinkedHashMap<>();
        costs.put("ingest", 0.25);
        costs.put("kafka", 0.125);
        costs.put("enrich", 0.5);
        costs.put("index", 0.125);
        costs.put("elasticsearch", 0.5);
        Map<String, Double> rss = new LinkedHashMap<>();
        rss.put("kafka", 500.0);
        rss.put("ingest-service", 250.0);
        rss.put("enrich-service", 550.0);
        rss.put("index-service", 320.0);
        Map<String, Double> cpuSeconds = Map.of("kafka", 4.0, "ingest-service", 6.0);
        List<BenchReport.Freshness> freshness = List.of(
                new BenchReport.Freshness("max", 1.0, 1000, 1000, true, 500, 0, 1500, 2500, 3000, 3500, 400, 900, 20,
                        Map.of("kafka", 0.25, "elasticsearch", 0.5), 0.75),
                new BenchReport.Freshness("load-50", 0.5, 500, 499, true, 1500, 0, 900, 1400, 1800, 2100, 150, 300, 0,
                        Map.of("kafka", 0.5, "elasticsearch", 1.0), 0.75));
        BenchReport.EndToEnd e2e = new BenchReport.EndToEnd("max-2", 20000, 20000, 20000, 0, 0, 20, 0, 1010, 1000,
                0.25, 0.75, 1200, 0.3, 0.9, Map.of("kafka", 0.2, "ingest-service", 0.3), Map.of("ingest-service", 0.01),
                List.of(new BenchReport.MaxPass("max", 1010, 1100, 0.83, 900, 0.68, 4500, 0.83),
                        new BenchReport.MaxPass("max-2", 1010, 1200, 0.9, 1000, 0.75, 4200, 0.96),
                        new BenchReport.MaxPass("max-3", 1010, 1300, 0.98, 1100, 0.83, 4900, 0.9)));
        List<BenchReport.PhaseAudit> audit = List.of(
                new BenchReport.PhaseAudit("max", 20000, 20000, 0, 0, 0, 0, List.of()));
        Map<String, Double> hostSpeed = new LinkedHashMap<>();
        hostSpeed.put("alone", 4500.0);
        hostSpeed.put("max", 4200.0);
        return new BenchReport(
                new BenchReport.Run("20250101-000000-abcd", "2025-01-01T00:00:00Z", 300,
                        new Machine("Test CPU", 2, 24000, "Linux", "Java 25", List.of(0.5, 0.6, 0.7)), 1.5, true,
                        Map.of("ingest-service: kafka.linger.ms", "0"), 20000, 32, "test corpus", 1100),
                new BenchReport.Ceilings(20000, 24, 1200, Map.of("acks", "all"), 4000, 2500, 1000, 2, 3000,
                        400000, 136, 1333),
                costs,
                List.of(new BenchReport.StageCost("alone", "ingest-service", 8000, 4.0, 2000,
                        Map.of("ingest-service", 0.25), 0.01)),
                hostSpeed,
                e2e, freshness, audit, rss, cpuSeconds,
                Targets.evaluate(e2e, freshness, audit, rss), Methods.DESCRIPTIONS);
    }
}
