package io.newswire.tagger.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.tagger.text.Tokenizer;
import io.newswire.tagger.text.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameRulesTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final NameLexicon lexicon = NameFinder.lexicon();

    /** Applies the rules to labels given as one tag per token: O, or B-/I- and P, G (organization) or L. */
    private List<String> apply(String text, String... tags) {
        Tokens tokens = tokenizer.tokenize(text);
        int[] labels = new int[tokens.size()];
        for (int i = 0; i < tags.length; i++) {
            labels[i] = label(tags[i]);
        }
        NameRules.apply(tokens, NameFeatures.of(tokens, lexicon, 16), labels);
        return NameFinder.names(labels).stream()
                .map(n -> n.type().name().charAt(0) + ":" + text.substring(tokens.start(n.firstToken()),
                        tokens.end(n.endToken() - 1)))
                .toList();
    }

    private static int label(String tag) {
        if (tag.equals("O")) {
            return NameLabel.OUTSIDE;
        }
        NameType type = switch (tag.charAt(2)) {
            case 'P' -> NameType.PERSON;
            case 'G' -> NameType.ORGANIZATION;
            default -> NameType.LOCATION;
        };
        return tag.charAt(0) == 'B' ? NameLabel.begin(type) : NameLabel.inside(type);
    }

    @Test
    void titlesAreNotPartOfPersonNames() {
        assertThat(apply("President Barack Obama spoke", "B-P", "I-P", "I-P", "O"))
                .containsExactly("P:Barack Obama");
    }

    @Test
    void aTitleNamingItsHolderByTheOfficeStaysInTheNameAndTitlesAloneNameNoOne() {
        assertThat(apply("the Governor of Virginia thanked Mr President", "O", "B-P", "I-P", "I-P", "O", "B-P",
                "I-P")).containsExactly("P:Governor of Virginia");
    }

    @Test
    void aPersonNameOpeningWithAWordThatOpensPlaceNamesIsAPlace() {
        assertThat(apply("on the River Ouse", "O", "O", "B-P", "I-P")).containsExactly("L:River Ouse");
    }

    @Test
    void hyphenatedAdjectivesStartNoName() {
        assertThat(apply("the UK-based Syrian Observatory said", "O", "B-G", "I-G", "I-G", "O"))
                .containsExactly("O:Syrian Observatory");
    }

    @Test
    void aParenthesizedAcronymExtendsTheNameItSpells() {
        assertThat(apply("the Syrian Observatory for Human Rights ( SOHR ) said",
                "O", "B-G", "I-G", "O", "O", "O", "O", "O", "O", "O"))
                .containsExactly("O:Syrian Observatory for Human Rights", "O:SOHR");
    }

    @Test
    void aParenthesizedAcronymOfWordsTheModelLeftOutMakesNoName() {
        assertThat(apply("a Compact Fluorescent Light ( CFL ) lamp", "O", "O", "O", "O", "O", "O", "O", "O"))
                .isEmpty();
    }

    @Test
    void aPersonNameEndingInAPlaceWordIsAPlaceAndOneEndingInATitleNoName() {
        assertThat(apply("in Crawford County and the Health Minister said", "O", "B-P", "I-P", "O", "O", "B-P",
                "I-P", "O")).containsExactly("L:Crawford County");
    }
}
