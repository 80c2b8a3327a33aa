package io.newswire.tools.eval;

import io.newswire.model.Mention;
import io.newswire.model.Place;
import io.newswire.tagger.Tagger;
import io.newswire.tools.eval.ToponymCorpus.Document;
import io.newswire.tools.eval.ToponymCorpus.Located;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the tagger's places on the toponym corpora of {@code eval/toponyms} (GeoVirus, TR-News, Hu2014) and
 * scores the stored outputs of the nine anchor systems with the same {@link PlaceScores}, side by side. Runs the
 * whole {@link Tagger} (publication date unknown), so the names and dates stages count as they are merged.
 *
 * <p>Usage: {@code PlaceEvaluation [data dir] [--errors file]}, default {@code ../shared/data} (from the repository
 * root); {@code --errors} writes the tagger's errors ({@link PlaceErrors}).
 */
public final class PlaceEvaluation {

    public static final List<String> CORPORA = List.of("GeoVirus", "TR-News", "Hu2014");
    public static final String OURS = "Newswire";

    /** One line of the table: a system's scores on a corpus. */
    public record Row(String corpus, String system, PlaceScores scores) {
    }

    private PlaceEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        EvaluationArguments arguments = EvaluationArguments.parse(args);
        Tagger tagger = Tagger.load();
        print(rows(arguments.data(), tagger));
        if (arguments.errors() != null) {
            PlaceErrors.write(arguments.data(), tagger, arguments.errors());
        }
    }

    /** Our scores and the anchors' on each corpus; corpora missing from {@code data} are skipped. */
    public static List<Row> rows(Path data, Tagger tagger) throws IOException {
        Path dir = data.resolve("eval/toponyms");
        List<Row> rows = new ArrayList<>();
        for (String corpus : CORPORA) {
            Path file = dir.resolve(corpus + ".jsonl.gz");
            if (!Files.exists(file)) {
                continue;
            }
            List<Document> documents = ToponymCorpus.read(file);
            rows.add(new Row(corpus, OURS, PlaceScores.of(documents, doc -> tag(tagger, doc.text()))));
            for (String system : ToponymCorpus.ANCHOR_SYSTEMS) {
                Path output = dir.resolve("anchors/" + corpus + "_" + system + ".jsonl.gz");
                if (Files.exists(output)) {
                    Map<String, List<Located>> locations = ToponymCorpus.readSystem(output);
                    rows.add(new Row(corpus, system,
                            PlaceScores.of(documents, doc -> locations.getOrDefault(doc.id(), List.of()))));
                }
            }
        }
        return rows;
    }

    /** Every mention of every place the tagger finds, located at its place. */
    static List<Located> tag(Tagger tagger, String text) {
        List<Located> located = new ArrayList<>();
        for (Place place : tagger.tag(text, null).locations()) {
            for (Mention m : place.mentions()) {
                located.add(new Located(m.start(), m.end(), place.lat(), place.lon()));
            }
        }
        return located;
    }

    static void print(List<Row> rows) {
        System.out.printf("%-9s %-12s %6s %6s %6s %6s %6s %8s %6s %6s%n", "corpus", "system", "P", "R", "F1",
                "ovF1", "acc161", "medianKm", "gold", "noPt");
        for (Row row : rows) {
            PlaceScores s = row.scores();
            System.out.printf("%-9s %-12s %6.3f %6.3f %6.3f %6.3f %6.3f %8.1f %6d %6d%n", row.corpus(), row.system(),
                    s.precision(), s.recall(), s.f1(), s.overlapF1(), s.accuracy161(), s.medianKm(), s.gold(),
                    s.unlocated());
        }
    }
}
