package io.newswire.tools.eval;

import io.newswire.tagger.Tagger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./pipeline eval}: the tagger's quality on every development corpus, each beside the anchor systems
 * scored the same way (places), or as quoted by the issue where no anchor output is at hand (dates, entities).
 * Usage: {@code Evaluation [dataDir]} (default {@code ../shared/data}).
 */
public final class Evaluation {

    private Evaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        if (!Files.isDirectory(data.resolve("eval"))) {
            System.err.println("no evaluation corpora under " + data.toAbsolutePath() + "/eval");
            System.exit(2);
        }
        System.out.println("== Places (toponyms): exact-span P/R/F1, overlap F1, accuracy within 161 km and median"
                + " error over exact matches ==");
        PlaceEvaluation.print(PlaceEvaluation.rows(data, Tagger.load()));
        System.out.println();
        System.out.println("== Dates (TimeBank + AQUAINT, TempEval-3 definitions) ==");
        DateEvaluation.print(DateEvaluation.rows(data));
        System.out.println();
        System.out.println("== Persons and organizations (GUM without reddit, 5-fold cross-validation by document) ==");
        EntityEvaluation.print(EntityEvaluation.rows(data));
    }
}
