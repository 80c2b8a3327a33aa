package io.newswire.tools.eval;

import io.newswire.model.TemporalExpression;
import io.newswire.tagger.dates.DateTagger;
import io.newswire.tagger.text.Tokenizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the date stage on TempEval-3 TimeBank + AQUAINT ({@code eval/dates/timebank_aquaint.jsonl.gz}) per
 * subcorpus and overall, beside the HeidelTime 2.1 figures quoted by the issue.
 *
 * <p>Usage: {@code DateEvaluation [dataDir] [--errors file]}; dataDir defaults to {@code ../shared/data}
 * relative to the repository root. {@code --errors} writes every unmatched or wrongly normalized expression.
 */
public final class DateEvaluation {

    static final String CORPUS = "eval/dates/timebank_aquaint.jsonl.gz";
    static final String SYSTEM = "newswire";
    static final String ANCHOR = "HeidelTime 2.1 (quoted from the issue, not measured here)";

    /** One line of the table; a null figure was not reported (the quoted anchor gives only two). */
    public record Row(String corpus, String system, int gold, int found, Double strictP, Double strictR,
                      Double strictF1, Double relaxedP, Double relaxedR, Double relaxedF1, Double valueF1,
                      Double typeF1) {
    }

    private DateEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        EvaluationArguments arguments = EvaluationArguments.parse(args);
        Path data = arguments.data();
        Path errors = arguments.errors();
        List<Row> rows;
        if (errors == null) {
            rows = rows(data);
        } else {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
                rows = rows(data, (document, found, gold) -> out.println(document.id() + " " + document.publishedAt()
                        + " " + describe(document.text(), found, gold)));
            }
        }
        print(rows);
    }

    /** The table: per subcorpus and overall for this tagger, then the quoted anchor. */
    public static List<Row> rows(Path dataDir) throws IOException {
        return rows(dataDir, (document, found, gold) -> { });
    }

    /** Receives each expression the tagger missed, invented, or delimited or normalized differently. */
    @FunctionalInterface
    interface Errors {
        void report(TimexCorpus.Document document, TemporalExpression found, TemporalExpression gold);
    }

    static List<Row> rows(Path dataDir, Errors errors) throws IOException {
        TimexCorpus corpus = TimexCorpus.read(dataDir.resolve(CORPUS));
        Tokenizer tokenizer = new Tokenizer();
        DateTagger tagger = DateTagger.load();
        Map<String, TimexScore> bySubcorpus = new LinkedHashMap<>();
        TimexScore overall = new TimexScore();
        for (TimexCorpus.Document document : corpus.documents()) {
            List<TemporalExpression> found = tagger.tag(tokenizer.tokenize(document.text()), document.publishedAt());
            TimexScore score = new TimexScore();
            score.add(found, document.gold(), (f, g) -> errors.report(document, f, g));
            bySubcorpus.computeIfAbsent(document.subcorpus(), s -> new TimexScore()).add(score);
            overall.add(score);
        }
        List<Row> rows = new ArrayList<>();
        bySubcorpus.forEach((name, score) -> rows.add(row(name, score)));
        rows.add(row("overall", overall));
        rows.add(new Row("overall", ANCHOR, overall.goldCount(), 0, null, null, null, null, null, 0.888, 0.726, null));
        return rows;
    }

    private static Row row(String corpus, TimexScore s) {
        return new Row(corpus, SYSTEM, s.goldCount(), s.systemCount(), s.strictPrecision(), s.strictRecall(),
                s.strictF1(), s.relaxedPrecision(), s.relaxedRecall(), s.relaxedF1(), s.valueF1(), s.typeF1());
    }

    static void print(List<Row> rows) {
        System.out.printf(Locale.ROOT, "%-9s %-58s %5s %5s  %-17s  %-17s  %6s %6s%n", "corpus", "system", "gold",
                "found", "strict P/R/F1", "relaxed P/R/F1", "value", "type");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "%-9s %-58s %5d %5s  %-17s  %-17s  %6s %6s%n", r.corpus(), r.system(),
                    r.gold(), r.found() == 0 ? "-" : Integer.toString(r.found()),
                    prf(r.strictP(), r.strictR(), r.strictF1()), prf(r.relaxedP(), r.relaxedR(), r.relaxedF1()),
                    figure(r.valueF1()), figure(r.typeF1()));
        }
    }

    private static String prf(Double p, Double r, Double f) {
        return figure(p) + " " + figure(r) + " " + figure(f);
    }

    private static String figure(Double x) {
        return x == null ? "  -  " : String.format(Locale.ROOT, "%.3f", x);
    }

    private static String describe(String text, TemporalExpression found, TemporalExpression gold) {
        if (gold == null) {
            return "FP   " + show(found) + context(text, found);
        }
        if (found == null) {
            return "FN   " + show(gold) + context(text, gold);
        }
        return "DIFF " + show(found) + "   gold " + show(gold) + context(text, gold);
    }

    private static String context(String text, TemporalExpression t) {
        int from = Math.max(0, t.start() - 60);
        int to = Math.min(text.length(), t.end() + 40);
        return "   | " + text.substring(from, to).replace('\n', ' ');
    }

    private static String show(TemporalExpression t) {
        return "[" + t.text().replace('\n', ' ') + "] " + t.type() + " " + t.value();
    }
}
