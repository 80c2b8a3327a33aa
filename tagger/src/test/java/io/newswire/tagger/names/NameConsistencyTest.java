package io.newswire.tagger.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.tagger.text.Tokenizer;
import io.newswire.tagger.text.Tokens;
import org.junit.jupiter.api.Test;

class NameConsistencyTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private static int[] labels(Tokens tokens, String text, String... names) {
        int[] labels = new int[tokens.size()];
        for (String spec : names) {
            NameType type = spec.charAt(0) == 'P' ? NameType.PERSON
                    : spec.charAt(0) == 'G' ? NameType.ORGANIZATION : NameType.LOCATION;
            String[] parts = spec.substring(2).split("@");
            int from = text.indexOf(parts[0], parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.start(i) >= from && tokens.end(i) <= from + parts[0].length()) {
                    labels[i] = tokens.start(i) == from ? NameLabel.begin(type) : NameLabel.inside(type);
                }
            }
        }
        return labels;
    }

    @Test
    void aSurnameLeftOutAloneIsTaggedLikeTheFullName() {
        String text = "Pauline Cafferkey is ill. Doctors said Cafferkey was stable.";
        Tokens tokens = tokenizer.tokenize(text);
        int[] labels = labels(tokens, text, "P:Pauline Cafferkey");
        NameConsistency.propagate(tokens, labels, null);
        assertThat(NameFinder.names(labels)).hasSize(2).allMatch(n -> n.type() == NameType.PERSON);
    }

    @Test
    void aPersonNameIsNotCarriedIntoALongerCapitalizedSequence() {
        String text = "Jack London wrote. They met at Jack London Square.";
        Tokens tokens = tokenizer.tokenize(text);
        int[] labels = labels(tokens, text, "P:Jack London");
        NameConsistency.propagate(tokens, labels, null);
        assertThat(NameFinder.names(labels)).hasSize(1);
    }

    @Test
    void aPlaceNameThatIsTheSurnameOfAPersonInTheTextIsThatPersonUnlessALocativePrecedesIt() {
        String text = "Valeska Paris spoke. Paris claims she was held. She flew to Paris.";
        Tokens tokens = tokenizer.tokenize(text);
        int[] labels = labels(tokens, text, "P:Valeska Paris", "L:Paris@20", "L:Paris@58");
        NameConsistency.retypeSurnames(tokens, labels);
        assertThat(NameFinder.names(labels)).extracting(Name::type)
                .containsExactly(NameType.PERSON, NameType.PERSON, NameType.LOCATION);
    }

    @Test
    void aNameSetOffAfterANounNamingOrganizationsIsOneEverywhere() {
        String text = "Amaq said so. A news agency, Amaq, showed tanks.";
        Tokens tokens = tokenizer.tokenize(text);
        int[] labels = labels(tokens, text, "P:Amaq", "P:Amaq@10");
        NameConsistency.retypeAppositives(tokens, NameFeatures.of(tokens, NameFinder.lexicon(), 16), labels);
        assertThat(NameFinder.names(labels)).hasSize(2).allMatch(n -> n.type() == NameType.ORGANIZATION);
    }

    @Test
    void aRepeatedNameTakesTheTypeMostOfItsOccurrencesHave() {
        String text = "LibriVox grew. LibriVox hired. LibriVox said so.";
        Tokens tokens = tokenizer.tokenize(text);
        int[] labels = labels(tokens, text, "G:LibriVox", "P:LibriVox@5", "G:LibriVox@20");
        NameConsistency.unifyTypes(tokens, labels);
        assertThat(NameFinder.names(labels)).hasSize(3).allMatch(n -> n.type() == NameType.ORGANIZATION);
    }

    @Test
    void aSentenceOpeningWordDoesNotKeepANameFromBeingCarried() {
        String text = "The agency WHO said so. The WHO agreed.";
        Tokens tokens = tokenizer.tokenize(text);
        int[] labels = labels(tokens, text, "G:WHO");
        NameConsistency.propagate(tokens, labels, null);
        assertThat(NameFinder.names(labels)).hasSize(2).allMatch(n -> n.type() == NameType.ORGANIZATION);
    }
}
