package io.newswire.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newswire.tagger.Tagger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the evaluation on the shared corpora when they are there (skipped elsewhere, as in CI without data). */
class PlaceEvaluationTest {

    private static final Path DATA = Path.of("../../shared/data");

    @Test
    void beatsEveryAnchorOnExactF1OfTheNewsCorpora() throws IOException {
        assumeTrue(Files.exists(DATA.resolve("eval/toponyms/GeoVirus.jsonl.gz")), "shared data absent");

        List<PlaceEvaluation.Row> rows = PlaceEvaluation.rows(DATA, Tagger.load());

        for (String corpus : List.of("GeoVirus", "TR-News")) {
            double ours = rows.stream().filter(r -> r.corpus().equals(corpus) && r.system().equals(PlaceEvaluation.OURS))
                    .findFirst().orElseThrow().scores().f1();
            double bestAnchor = rows.stream().filter(r -> r.corpus().equals(corpus)
                    && !r.system().equals(PlaceEvaluation.OURS)).mapToDouble(r -> r.scores().f1()).max().orElseThrow();
            assertThat(ours).as(corpus).isGreaterThan(bestAnchor);
        }
    }
}
