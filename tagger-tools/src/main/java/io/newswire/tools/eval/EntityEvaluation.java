package io.newswire.tools.eval;

import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import io.newswire.tagger.Tagger;
import io.newswire.tagger.dates.DateTagger;
import io.newswire.tagger.names.NameFinder;
import io.newswire.tagger.names.NameLexicon;
import io.newswire.tagger.names.NameModel;
import io.newswire.tagger.names.NameType;
import io.newswire.tagger.places.PlaceTagger;
import io.newswire.tagger.text.Tokenizer;
import io.newswire.tools.names.AnnotatedText;
import io.newswire.tools.names.GumCorpus;
import io.newswire.tools.names.NameModelTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores person and organization mentions on GUM by 5-fold cross-validation by document: every document is
 * tagged by a model trained (as the shipped one, on trainable genres only) on the other four folds. Prints exact
 * and overlap precision, recall and F1 per type beside the CoreNLP figures quoted by the issue.
 * Usage: {@code EntityEvaluation [dataDir] [--errors file]} (default {@code ../shared/data}); {@code --errors}
 * writes every person or organization mention not matched exactly, with the gold span of another type or
 * extent it overlaps and the words around it.
 */
public final class EntityEvaluation {

    public static final int FOLDS = 5;

    /** One line of the table: a system's figures for one type and matching rule; NaN where not known. */
    public record Row(String system, String type, String match, double precision, double recall, double f1,
                      String note) {
    }

    private EntityEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        EvaluationArguments arguments = EvaluationArguments.parse(args);
        Path data = arguments.data();
        Path errors = arguments.errors();
        if (errors == null) {
            print(rows(data));
            return;
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
            print(rows(data, (text, line) -> out.println(text.genre() + " " + text.id() + " " + line)));
        }
    }

    /** Receives one line per mention the tagger missed or found wrongly, for the text it belongs to. */
    @FunctionalInterface
    interface Errors {
        void report(AnnotatedText text, String line);
    }

    static void print(List<Row> rows) {
        for (Row row : rows) {
            System.out.printf("%-22s %-13s %-8s P %s  R %s  F1 %s  %s%n", row.system(), row.type(), row.match(),
                    figure(row.precision()), figure(row.recall()), figure(row.f1()), row.note());
        }
    }

    private static String figure(double value) {
        return Double.isNaN(value) ? "  -  " : String.format("%.3f", value);
    }

    /** Our cross-validated figures (all documents, then by genre group), then the quoted anchor. */
    public static List<Row> rows(Path dataDir) throws IOException {
        return rows(dataDir, (text, line) -> { });
    }

    static List<Row> rows(Path dataDir, Errors errors) throws IOException {
        List<AnnotatedText> texts = new ArrayList<>(GumCorpus.read(dataDir));
        texts.sort(Comparator.comparing(AnnotatedText::id));
        NameLexicon lexicon = NameFinder.lexicon();
        Map<String, Counts> byGroup = new TreeMap<>();
        Tokenizer tokenizer = new Tokenizer();
        DateTagger dates = DateTagger.load();
        PlaceTagger places = PlaceTagger.load();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<AnnotatedText> training = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (i % FOLDS != fold) {
                    training.add(texts.get(i));
                }
            }
            NameModel model = NameModelTrainer.train(training, lexicon);
            // The fold's model in the full tagger, as it ships: dates and places shape what becomes an entity.
            Tagger tagger = new Tagger(tokenizer, dates, new NameFinder(model, lexicon), places);
            for (int i = fold; i < texts.size(); i += FOLDS) {
                AnnotatedText text = texts.get(i);
                List<Entity> entities = tagger.tag(text.text(), null).entities();
                listErrors(text, entities, errors);
                String group = GumCorpus.trainable(text) ? "trainable genres" : "other genres";
                for (String key : List.of("all", group, "genre " + text.genre())) {
                    byGroup.computeIfAbsent(key, k -> new Counts()).add(text, entities);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Counts> entry : byGroup.entrySet()) {
            if (!entry.getKey().startsWith("genre ")) {
                entry.getValue().rows("newswire " + entry.getKey(), rows, true);
            }
        }
        for (Map.Entry<String, Counts> entry : byGroup.entrySet()) {
            if (entry.getKey().startsWith("genre ")) {
                entry.getValue().rows("newswire " + entry.getKey(), rows, false);
            }
        }
        String quoted = "quoted by the issue, not measured here";
        rows.add(new Row("CoreNLP 4-class", "PERSON", "exact", Double.NaN, Double.NaN, 0.676, quoted));
        rows.add(new Row("CoreNLP 4-class", "ORGANIZATION", "exact", Double.NaN, Double.NaN, 0.402, quoted));
        return rows;
    }

    /** Reports system mentions without an exact gold span of their type (FP) and gold spans not found (FN). */
    private static void listErrors(AnnotatedText text, List<Entity> entities, Errors errors) {
        List<AnnotatedText.Span> system = new ArrayList<>();
        for (Entity entity : entities) {
            NameType type = NameType.valueOf(entity.type().name());
            for (Mention m : entity.mentions()) {
                system.add(new AnnotatedText.Span(m.start(), m.end(), type));
            }
        }
        for (AnnotatedText.Span m : system) {
            if (!text.names().contains(m)) {
                errors.report(text, "FP " + m.type() + " [" + show(text, m) + "]" + overlapping(text, m, text.names())
                        + context(text, m));
            }
        }
        for (AnnotatedText.Span g : text.names()) {
            if (g.type() != NameType.LOCATION && !system.contains(g)) {
                errors.report(text, "FN " + g.type() + " [" + show(text, g) + "]" + overlapping(text, g, system)
                        + context(text, g));
            }
        }
    }

    /** The first span of {@code others} overlapping {@code span}, as " ~TYPE[text]", or nothing. */
    private static String overlapping(AnnotatedText text, AnnotatedText.Span span, List<AnnotatedText.Span> others) {
        for (AnnotatedText.Span o : others) {
            if (o.start() < span.end() && span.start() < o.end() && !o.equals(span)) {
                return " ~" + o.type() + "[" + show(text, o) + "]";
            }
        }
        return "";
    }

    private static String show(AnnotatedText text, AnnotatedText.Span span) {
        return text.text().substring(span.start(), span.end()).replace('\n', ' ');
    }

    private static String context(AnnotatedText text, AnnotatedText.Span span) {
        int from = Math.max(0, span.start() - 50);
        int to = Math.min(text.text().length(), span.end() + 30);
        return "   | " + text.text().substring(from, to).replace('\n', ' ');
    }

    /**
     * Matches of system mentions against gold spans, per type. Exact: same offsets. Overlap: a system mention
     * is correct when it overlaps a gold span of its type, a gold span is found when a system mention of its
     * type overlaps it.
     */
    private static final class Counts {

        /** Per type: exact matches, overlapping system mentions, overlapped gold spans, system, gold. */
        private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

        void add(AnnotatedText text, List<Entity> entities) {
            for (EntityType type : EntityType.values()) {
                NameType goldType = NameType.valueOf(type.name());
                List<AnnotatedText.Span> gold = new ArrayList<>();
                for (AnnotatedText.Span span : text.names()) {
                    if (span.type() == goldType) {
                        gold.add(span);
                    }
                }
                List<Mention> system = new ArrayList<>();
                for (Entity entity : entities) {
                    if (entity.type() == type) {
                        system.addAll(entity.mentions());
                    }
                }
                int[] c = counts.computeIfAbsent(type, t -> new int[5]);
                for (Mention m : system) {
                    boolean same = false;
                    boolean overlapping = false;
                    for (AnnotatedText.Span g : gold) {
                        same |= g.start() == m.start() && g.end() == m.end();
                        overlapping |= g.start() < m.end() && m.start() < g.end();
                    }
                    c[0] += same ? 1 : 0;
                    c[1] += overlapping ? 1 : 0;
                }
                for (AnnotatedText.Span g : gold) {
                    boolean found = false;
                    for (Mention m : system) {
                        found |= g.start() < m.end() && m.start() < g.end();
                    }
                    c[2] += found ? 1 : 0;
                }
                c[3] += system.size();
                c[4] += gold.size();
            }
        }

        void rows(String system, List<Row> rows, boolean withOverlap) {
            for (EntityType type : EntityType.values()) {
                int[] c = counts.get(type);
                rows.add(row(system, type, "exact", c[0], c[0], c[3], c[4]));
                if (withOverlap) {
                    rows.add(row(system, type, "overlap", c[1], c[2], c[3], c[4]));
                }
            }
        }

        private static Row row(String system, EntityType type, String match, int correctSystem, int foundGold,
                               int systemCount, int goldCount) {
            double p = systemCount == 0 ? 0 : (double) correctSystem / systemCount;
            double r = goldCount == 0 ? 0 : (double) foundGold / goldCount;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new Row(system, type.name(), match, p, r, f,
                    String.format("gold %d, system %d", goldCount, systemCount));
        }
    }
}
