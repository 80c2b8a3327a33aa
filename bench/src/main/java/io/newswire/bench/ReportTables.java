package io.newswire.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The report as tables: the same cells on the terminal and in the Markdown file. */
final class ReportTables {

    /** The stack's processes and the bench's own JVM, in the order of the tables' columns. */
    private static final List<String> MEASURED_PROCESSES =
            Stream.concat(LocalStack.PROCESSES.stream(), Stream.of(ResourceMonitor.BENCH)).toList();

    private ReportTables() {
    }

    static String text(BenchReport report) {
        StringBuilder out = new StringBuilder();
        for (Table table : tables(report)) {
            out.append(table.text()).append('\n');
        }
        return out.toString();
    }

    static String markdown(BenchReport report, String plotFile) {
        StringBuilder out = new StringBuilder("# Newswire pipeline benchmark, run ")
                .append(report.run().id()).append("\n\n");
        for (Table table : tables(report)) {
            out.append(table.markdown()).append('\n');
        }
        out.append("### Freshness over time\n\n![freshness over time](").append(plotFile).append(")\n\n");
        out.append("### How each figure is measured\n\n");
        report.methods().forEach((name, method) -> out.append("- **").append(name).append("**: ").append(method)
                .append('\n'));
        return out.toString();
    }

    static List<Table> tables(BenchReport report) {
        return List.of(run(report), settings(report), ceilings(report), costs(report), stages(report),
                hostSpeed(report), endToEnd(report), maxPasses(report), freshness(report), runCosts(report),
                resources(report), audit(report), targets(report));
    }

    private static Table run(BenchReport report) {
        BenchReport.Run run = report.run();
        Machine machine = run.machine();
        return keyValues("Run " + run.id(), List.of(
                List.of("started", run.started()),
                List.of("duration", format("%.0f s", run.seconds())),
                List.of("machine", format("%s, %d cores, %,d MB, %s, %s", machine.cpu(), machine.cores(),
                        machine.memoryMb(), machine.os(), machine.java())),
                List.of("load average at start (1, 5, 15 min)", machine.loadAverage().toString()
                        + (run.reference() ? "" : format(" ABOVE %.1f: not a reference run", run.maxLoad()))),
                List.of("articles (max-throughput run)", format("%,d", run.articles())),
                List.of("load generator connections", Integer.toString(run.connections())),
                List.of("corpus", run.corpus()),
                List.of("average article (POST body)", format("%,d bytes", run.averageArticleBytes()))));
    }

    private static Table settings(BenchReport report) {
        List<List<String>> rows = new ArrayList<>();
        report.run().settings().forEach((key, value) -> rows.add(List.of(key, value)));
        return keyValues("Settings", rows);
    }

    private static Table ceilings(BenchReport report) {
        BenchReport.Ceilings c = report.ceilings();
        return new Table("Ceilings (this run, this machine)", List.of("ceiling", "rate", "detail"), List.of(
                List.of("Kafka produce", format("%,.0f records/s", c.kafkaProduceRecordsPerS()),
                        format("%,d-byte raw articles, %.1f MB/s, %s", c.kafkaRecordBytes(), c.kafkaProduceMbPerS(),
                                c.kafkaProducerSettings())),
                List.of("Elasticsearch bulk", format("%,.0f documents/s", c.esBulkDocsPerS()),
                        format("%,d-byte enriched documents, %d parallel bulks of %,d", c.esDocumentBytes(),
                                c.esStreams(), c.esBulkSize())),
                List.of("tagger, one thread", format("%,.0f articles/s", c.taggerArticlesPerS()),
                        format("%,.0f words/s, %d words per article", c.taggerWordsPerS(), c.taggerAverageWords())),
                List.of("co-located CPU limit", format("%,.0f articles/s", c.cpuLimitArticlesPerS()),
                        format("%d cores / %.3f ms of CPU per article (stages alone)",
                                report.run().machine().cores(), total(report.cpuMsPerArticle())))));
    }

    private static Table costs(BenchReport report) {
        List<List<String>> rows = new ArrayList<>();
        double total = total(report.cpuMsPerArticle());
        report.cpuMsPerArticle().forEach((stage, ms) -> rows.add(List.of(stage, format("%.3f", ms),
                format("%.0f%%", 100 * ms / total))));
        rows.add(List.of("total", format("%.3f", total), "100%"));
        return new Table("CPU per article, each stage alone (median of its passes; Kafka: its share in all three)",
                List.of("stage", "CPU ms/article", "share"), rows);
    }

    /** Each stage's run alone: its rate and every process's CPU per article meanwhile. */
    private static Table stages(BenchReport report) {
        List<String> headers = new ArrayList<>(List.of("pass", "stage alone", "articles/s", "articles", "seconds"));
        headers.addAll(MEASURED_PROCESSES);
        headers.add("its JIT");
        List<List<String>> rows = new ArrayList<>();
        for (BenchReport.StageCost stage : report.stages()) {
            List<String> row = new ArrayList<>(List.of(stage.phase(), stage.stage(),
                    format("%,.0f", stage.articlesPerS()), format("%,d", stage.articles()),
                    format("%.1f", stage.seconds())));
            row.addAll(perProcess(stage.cpuMsPerArticle()));
            row.add(format("%.3f", stage.jitMsPerArticle()));
            rows.add(row);
        }
        return new Table("Stages alone: rate (middle 80% of the work) and CPU ms per article of every process "
                + "(all of it)", headers, rows);
    }

    /** The machine's speed before each measured pass: passes compare only as far as these agree. */
    private static Table hostSpeed(BenchReport report) {
        double first = report.hostSpeed().values().stream().findFirst().orElse(Double.NaN);
        List<List<String>> rows = new ArrayList<>();
        report.hostSpeed().forEach((phase, speed) -> rows.add(List.of(phase, format("%,.0f", speed),
                format("%.2f", speed / first))));
        return new Table("Host speed before each pass (tagger articles/s, one thread of the bench JVM, stack settled)",
                List.of("pass", "articles/s", "/ first"), rows);
    }

    private static Table endToEnd(BenchReport report) {
        BenchReport.EndToEnd e = report.e2e();
        return keyValues(format("End to end, max throughput (%s: the median of %d passes by sustained rate)",
                e.phase(), e.passes().size()), List.of(
                List.of("articles posted", format("%,d", e.articles())),
                List.of("accepted (202)", format("%,d", e.accepted())),
                List.of("indexed", format("%,d", e.indexed())),
                List.of("missing", format("%,d", e.missing())),
                List.of("duplicates", format("%,d", e.duplicates())),
                List.of("503 back-pressure answers (retried)", format("%,d", e.backPressured())),
                List.of("failed requests", format("%,d", e.failed())),
                List.of("accepted by ingest", format("%,.0f articles/s", e.ingestPerS())),
                List.of("reaching the index, sustained (10% to 90% of them searchable)",
                        format("%,.0f articles/s", e.sustainedIndexedPerS())),
                List.of("sustained / Elasticsearch ceiling", format("%.2f", e.sustainedRatioToEsCeiling())),
                List.of("sustained / co-located CPU limit", format("%.2f", e.sustainedRatioToCpuLimit())),
                List.of("reaching the index, first 202 to last searchable", format("%,.0f articles/s",
                        e.indexedPerS())),
                List.of("first 202 to last searchable / Elasticsearch ceiling", format("%.2f", e.ratioToEsCeiling())),
                List.of("first 202 to last searchable / co-located CPU limit", format("%.2f", e.ratioToCpuLimit()))));
    }

    private static Table maxPasses(BenchReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (BenchReport.MaxPass pass : report.e2e().passes()) {
            rows.add(List.of(pass.phase() + (pass.phase().equals(report.e2e().phase()) ? " (median)" : ""),
                    format("%,.0f", pass.ingestPerS()), format("%,.0f", pass.sustainedIndexedPerS()),
                    format("%.2f", pass.sustainedRatioToCpuLimit()), format("%,.0f", pass.indexedPerS()),
                    format("%.2f", pass.ratioToCpuLimit()), format("%,.0f", pass.hostSpeed()),
                    format("%.2f", pass.sustainedRatioAtAloneHostSpeed())));
        }
        return new Table("Max-throughput passes (articles/s; ratios to the co-located CPU limit; host speed before "
                + "the pass, and the sustained ratio had the host run at the stages alone's speed)", List.of("pass",
                "accepted", "sustained", "sustained / limit", "first 202 to last searchable", "/ limit", "host speed",
                "sustained / limit at alone's host speed"), rows);
    }

    private static Table freshness(BenchReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (BenchReport.Freshness f : report.freshness()) {
            rows.add(List.of(f.phase(), format("%.0f%%", f.loadFraction() * 100), format("%,.0f", f.ratePerS()),
                    format("%,.0f", f.achievedPerS()), f.backPressure() ? "on" : "off",
                    format("%,d", f.samples()) + (f.unresolved() > 0 ? format(" (%d not found)", f.unresolved()) : ""),
                    format("%,d", f.p50Ms()), format("%,d", f.p95Ms()), format("%,d", f.p99Ms()),
                    format("%,d", f.maxMs()), format("%,d", f.enrichedP50Ms()), format("%,d", f.enrichedP99Ms()),
                    format("%,d", f.backPressured())));
        }
        return new Table("Freshness, 202 to searchable (ms), and of it 202 to enriched", List.of("run", "load",
                "rate/s", "accepted/s", "back-pressure", "samples", "p50", "p95", "p99", "max", "to enriched p50",
                "to enriched p99", "503s"), rows);
    }

    /** What an article cost in each end-to-end run: fixed rates cost more per article than full speed. */
    private static Table runCosts(BenchReport report) {
        List<String> headers = new ArrayList<>(List.of("run", "accepted/s"));
        headers.addAll(MEASURED_PROCESSES);
        headers.addAll(List.of("total", "cores busy"));
        List<List<String>> rows = new ArrayList<>();
        for (BenchReport.Freshness f : report.freshness()) {
            List<String> row = new ArrayList<>(List.of(f.phase(), format("%,.0f", f.achievedPerS())));
            row.addAll(perProcess(f.cpuMsPerArticle()));
            row.add(format("%.3f", total(f.cpuMsPerArticle())));
            row.add(format("%.2f", f.coresBusy()));
            rows.add(row);
        }
        return new Table("CPU ms per article in each run (from its start to its last document searchable)", headers,
                rows);
    }

    private static Table resources(BenchReport report) {
        List<List<String>> rows = new ArrayList<>();
        report.rssMb().forEach((process, mb) -> {
            Double seconds = report.cpuSeconds().get(process);
            Double perArticle = report.e2e().cpuMsPerArticle().get(process);
            Double jit = report.e2e().jitMsPerArticle().get(process);
            rows.add(List.of(process, format("%,.0f", mb), seconds == null ? "" : format("%.1f", seconds),
                    perArticle == null ? "" : format("%.3f", perArticle), jit == null ? "" : format("%.3f", jit)));
        });
        return new Table("Resources (RSS: peak of all runs; CPU: the median max-throughput pass)",
                List.of("process", "peak RSS MB", "CPU s", "CPU ms/article", "of which JIT"), rows);
    }

    private static Table audit(BenchReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (BenchReport.PhaseAudit a : report.audit()) {
            rows.add(List.of(a.phase(), format("%,d", a.accepted()), format("%,d", a.indexed()),
                    format("%,d", a.missing()), format("%,d", a.duplicates()), format("%,d", a.unacknowledged()),
                    format("%,d", a.failed())));
        }
        return new Table("Every accepted article in the index", List.of("run", "accepted", "indexed", "missing",
                "duplicates", "indexed without 202", "failed requests"), rows);
    }

    private static Table targets(BenchReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (BenchReport.Target t : report.targets()) {
            rows.add(List.of(t.name(), t.measured(), t.limit(), t.met() ? "met" : "MISSED"));
        }
        return new Table("Targets", List.of("target", "measured", "limit", ""), rows);
    }

    /** One cell per measured process, blank where a run has no figure for it. */
    private static List<String> perProcess(Map<String, Double> cpuMsPerArticle) {
        List<String> cells = new ArrayList<>();
        for (String process : MEASURED_PROCESSES) {
            Double ms = cpuMsPerArticle.get(process);
            cells.add(ms == null ? "" : format("%.3f", ms));
        }
        return cells;
    }

    private static Table keyValues(String title, List<List<String>> rows) {
        return Table.keyValues(title, rows);
    }

    static String costSummary(Map<String, Double> costs) {
        List<String> parts = new ArrayList<>();
        costs.forEach((name, ms) -> parts.add(format("%s %.3f", name, ms)));
        return String.join(", ", parts);
    }

    static double total(Map<String, Double> costs) {
        return costs.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
