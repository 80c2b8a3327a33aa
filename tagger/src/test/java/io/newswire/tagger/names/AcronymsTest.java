package io.newswire.tagger.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.tagger.text.Tokenizer;
import io.newswire.tagger.text.Tokens;
import org.junit.jupiter.api.Test;

class AcronymsTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private boolean spells(String text, int acronymToken, int first, int end) {
        Tokens tokens = tokenizer.tokenize(text);
        return Acronyms.spells(tokens, acronymToken, new Name(first, end, NameType.ORGANIZATION));
    }

    @Test
    void capitalsSpellTheCapitalizedWordsSkippingFunctionWords() {
        assertThat(spells("SOHR Syrian Observatory for Human Rights", 0, 1, 6)).isTrue();
        assertThat(spells("N.D.F. National Defence Force", 0, 1, 4)).isTrue();
    }

    @Test
    void lettersMustCoverEveryCapitalizedWordInOrder() {
        assertThat(spells("SOH Syrian Observatory for Human Rights", 0, 1, 6)).isFalse();
        assertThat(spells("OSHR Syrian Observatory for Human Rights", 0, 1, 6)).isFalse();
        assertThat(spells("Sohr Syrian Observatory for Human Rights", 0, 1, 6)).isFalse();
    }
}
