package io.newswire.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The performance targets of the pipeline on this machine, checked against a run's figures. */
final class Targets {

    static final double MIN_RATIO_TO_CPU_LIMIT = 0.7;
    static final double FRESHNESS_LOAD = 0.5;
    static final long MAX_FRESHNESS_P99_MS = 2500;
    /** At full speed, back-pressure must keep freshness bounded: within twice the target at half load. */
    static final long MAX_FULL_SPEED_P99_MS = 2 * MAX_FRESHNESS_P99_MS;
    static final Map<String, Double> MAX_RSS_MB = Map.of("ingest-service", 300.0, "enrich-service", 600.0,
            "index-service", 300.0);

    private Targets() {
    }

    static List<BenchReport.Target> evaluate(BenchReport.EndToEnd e2e, List<BenchReport.Freshness> freshness,
            List<BenchReport.PhaseAudit> audits, Map<String, Double> rssMb) {
        List<BenchReport.Target> targets = new ArrayList<>();
        String passes = e2e.passes().size() < 2 ? "" : format(", median of %s",
                e2e.passes().stream().map(pass -> format("%.3f", pass.sustainedRatioToCpuLimit()))
                        .collect(Collectors.joining(", ")));
        String atAloneSpeed = e2e.passes().isEmpty() ? "" : format("; %.3f at the stages alone's host speed "
                + "(not judged)", Passes.medianOf(e2e.passes(), BenchReport.MaxPass::sustainedRatioAtAloneHostSpeed)
                .sustainedRatioAtAloneHostSpeed());
        targets.add(new BenchReport.Target("end-to-end sustained throughput / co-located CPU limit",
                format("%.3f (%,.0f articles/s%s); first 202 to last searchable %.3f (%,.0f/s)%s",
                        e2e.sustainedRatioToCpuLimit(), e2e.sustainedIndexedPerS(), passes, e2e.ratioToCpuLimit(),
                        e2e.indexedPerS(), atAloneSpeed),
                format(">= %.2f", MIN_RATIO_TO_CPU_LIMIT), e2e.sustainedRatioToCpuLimit() >= MIN_RATIO_TO_CPU_LIMIT));
        for (BenchReport.Freshness run : freshness) {
            if (run.backPressure() && run.loadFraction() == FRESHNESS_LOAD) {
                targets.add(new BenchReport.Target("freshness p99 at 50% of max throughput",
                        format("%,d ms at %,.0f articles/s", run.p99Ms(), run.achievedPerS()),
                        format("<= %,d ms", MAX_FRESHNESS_P99_MS), run.p99Ms() <= MAX_FRESHNESS_P99_MS));
            }
        }
        // Every full-speed pass must keep freshness bounded: the worst of them is the figure.
        List<BenchReport.Freshness> fullSpeed = freshness.stream()
                .filter(run -> run.backPressure() && run.loadFraction() == 1.0).toList();
        fullSpeed.stream().max(Comparator.comparingLong(BenchReport.Freshness::p99Ms)).ifPresent(worst -> {
            String of = fullSpeed.size() < 2 ? "" : format(" (worst of %d passes)", fullSpeed.size());
            String without = freshness.stream().filter(r -> !r.backPressure()).findFirst()
                    .map(r -> format("; %,d ms without back-pressure", r.p99Ms())).orElse("");
            targets.add(new BenchReport.Target("freshness p99 at full speed with back-pressure",
                    format("%,d ms%s%s", worst.p99Ms(), of, without),
                    format("<= %,d ms", MAX_FULL_SPEED_P99_MS), worst.p99Ms() <= MAX_FULL_SPEED_P99_MS));
        });
        int accepted = audits.stream().mapToInt(BenchReport.PhaseAudit::accepted).sum();
        int missing = audits.stream().mapToInt(BenchReport.PhaseAudit::missing).sum();
        int duplicates = audits.stream().mapToInt(BenchReport.PhaseAudit::duplicates).sum();
        targets.add(new BenchReport.Target("every accepted article indexed exactly once",
                format("%,d accepted, %d missing, %d duplicates", accepted, missing, duplicates),
                "0 missing, 0 duplicates", missing == 0 && duplicates == 0));
        MAX_RSS_MB.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(limit -> {
            Double peak = rssMb.get(limit.getKey());
            if (peak != null) {
                targets.add(new BenchReport.Target("peak RSS of " + limit.getKey(), format("%.0f MB", peak),
                        format("<= %.0f MB", limit.getValue()), peak <= limit.getValue()));
            }
        });
        return targets;
    }

    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
