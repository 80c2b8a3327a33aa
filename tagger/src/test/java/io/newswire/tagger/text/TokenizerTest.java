package io.newswire.tagger.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> tokens(String text) {
        Tokens tokens = tokenizer.tokenize(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.token(i));
        }
        return out;
    }

    @Test
    void keepsHyphenatedNamesAndNumbersWhole() {
        assertThat(tokens("Khaled al-Asaad, 81, saw 2,000-year-old ruins; 3.5 km on 12/10/2016."))
                .containsExactly("Khaled", "al-Asaad", ",", "81", ",", "saw", "2,000-year-old", "ruins", ";",
                        "3.5", "km", "on", "12/10/2016", ".");
    }

    @Test
    void splitsPossessivesAndPunctuation() {
        assertThat(tokens("Putin's forces (SOHR) said: \"no\"."))
                .containsExactly("Putin", "'s", "forces", "(", "SOHR", ")", "said", ":", "\"", "no", "\"", ".");
    }

    @Test
    void keepsAbbreviationsAndInitialsWithTheirPeriod() {
        assertThat(tokens("The U.S. envoy met Dr. J. Smith."))
                .containsExactly("The", "U.S.", "envoy", "met", "Dr.", "J.", "Smith", ".");
    }

    @Test
    void offsetsIndexTheText() {
        String text = "Palmyra, Syria, August 5, 2010.";
        Tokens tokens = tokenizer.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(text.substring(tokens.start(i), tokens.end(i))).isEqualTo(tokens.token(i));
        }
        assertThat(tokens.token(0)).isEqualTo("Palmyra");
        assertThat(tokens.start(2)).isEqualTo(9);
    }

    @Test
    void marksSentenceStartsAfterTerminatorsAndLineBreaks() {
        Tokens tokens = tokenizer.tokenize("Dr. Smith left. He came back.\nSyrian Arch of Triump\nA view");
        List<String> starts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.isSentenceStart(i)) {
                starts.add(tokens.token(i));
            }
        }
        assertThat(starts).containsExactly("Dr.", "He", "Syrian", "A");
    }

    @Test
    void emptyAndBlankTextsHaveNoTokens() {
        assertThat(tokenizer.tokenize("").size()).isZero();
        assertThat(tokenizer.tokenize(" \n\t ").size()).isZero();
    }
}
