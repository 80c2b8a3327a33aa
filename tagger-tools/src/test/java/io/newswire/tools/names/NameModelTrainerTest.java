package io.newswire.tools.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.tagger.names.Name;
import io.newswire.tagger.names.NameFinder;
import io.newswire.tagger.names.NameLexicon;
import io.newswire.tagger.names.NameModel;
import io.newswire.tagger.names.NameType;
import io.newswire.tagger.text.Tokenizer;
import io.newswire.tagger.text.Tokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameModelTrainerTest {

    private static final String[] GIVEN = {"Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hiro"};
    private static final String[] FAMILY = {"Ivanova", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura"};
    private static final String[] BODIES = {"Ministry of Health", "Red Cross", "World Bank", "Press Council"};

    /** Small texts, in a genre the licence allows, where persons speak and organizations report. */
    private static List<AnnotatedText> corpus() {
        List<AnnotatedText> texts = new ArrayList<>();
        for (int d = 0; d < 24; d++) {
            StringBuilder text = new StringBuilder();
            List<AnnotatedText.Span> spans = new ArrayList<>();
            for (int s = 0; s < 6; s++) {
                String person = GIVEN[(d + s) % GIVEN.length] + " " + FAMILY[(d * 3 + s) % FAMILY.length];
                String body = BODIES[(d + 2 * s) % BODIES.length];
                text.append("Yesterday ");
                spans.add(new AnnotatedText.Span(text.length(), text.length() + person.length(), NameType.PERSON));
                text.append(person).append(" said that the ");
                spans.add(new AnnotatedText.Span(text.length(), text.length() + body.length(),
                        NameType.ORGANIZATION));
                text.append(body).append(" would report soon. ");
            }
            texts.add(new AnnotatedText("doc" + d, "news", text.toString(), spans));
        }
        return texts;
    }

    private static byte[] bytes(NameModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void trainingTwiceGivesTheSameBytes() throws IOException {
        NameLexicon lexicon = NameFinder.lexicon();
        assertThat(bytes(NameModelTrainer.train(corpus(), lexicon)))
                .isEqualTo(bytes(NameModelTrainer.train(corpus(), lexicon)));
    }

    @Test
    void aTrainedModelTagsNamesItHasSeenInNewSentences() {
        NameLexicon lexicon = NameFinder.lexicon();
        NameFinder finder = new NameFinder(NameModelTrainer.train(corpus(), lexicon), lexicon);
        String text = "Yesterday Greta Moreau said that the World Bank would report soon.";
        Tokens tokens = new Tokenizer().tokenize(text);
        List<String> names = finder.find(tokens, List.of()).stream()
                .map((Name n) -> n.type() + ":" + text.substring(tokens.start(n.firstToken()),
                        tokens.end(n.endToken() - 1)))
                .toList();
        assertThat(names).containsExactly("PERSON:Greta Moreau", "ORGANIZATION:World Bank");
    }

    @Test
    void textsOfGenresTheLicenceExcludesAreNotTrainedOn() {
        List<AnnotatedText> fiction = corpus().stream()
                .map(t -> new AnnotatedText(t.id(), "fiction", t.text(), t.names())).toList();
        NameModel model = NameModelTrainer.train(fiction, NameFinder.lexicon());
        int nonZero = 0;
        for (float w : model.weights()) {
            nonZero += w == 0f ? 0 : 1;
        }
        assertThat(nonZero).isZero();
    }
}
