package io.newswire.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.tagger.Tagger;
import io.newswire.tools.eval.ToponymCorpus.Document;
import io.newswire.tools.eval.ToponymCorpus.Located;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceErrorsTest {

    @Test
    void listsMissedInventedAndFarMentionsWithTheNameFindersReading() {
        String text = "Floods hit Homs and Paris. Aleppo was spared.";
        Document document = new Document("d", text, true, List.of(
                new Located(11, 15, 34.73, 36.71),     // Homs, found at its place: no error
                new Located(20, 25, 33.66, -95.56),    // Paris, Texas: found, but resolved to the French capital
                new Located(27, 31, 36.20, 37.16)));   // "Alep": a span the tagger cannot match exactly
        StringWriter out = new StringWriter();

        try (PrintWriter writer = new PrintWriter(out)) {
            new PlaceErrors(Tagger.load()).list("C", document, writer);
        }

        assertThat(out.toString().lines()).anySatisfy(line -> assertThat(line).startsWith("C d FAR ")
                .contains("[Paris] -> Paris FR PPLC"));
        assertThat(out.toString().lines()).anySatisfy(line -> assertThat(line).startsWith("C d FN [Alep]"));
        assertThat(out.toString().lines()).anySatisfy(line -> assertThat(line).startsWith("C d FP [Aleppo] -> Aleppo"));
        assertThat(out.toString().lines()).noneSatisfy(line -> assertThat(line).contains("[Homs]"));
    }
}
