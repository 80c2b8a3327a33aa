package io.newswire.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void acceptsTextWithTabsLineBreaksAndPairedSurrogates() {
        assertThat(ArticleText.forbiddenCharacter("Palmyra\tSyria\r\nemoji \uD83D\uDE00 end")).isNull();
    }

    @Test
    void namesTheFirstControlCharacter() {
        assertThat(ArticleText.forbiddenCharacter("ab\u0000c")).isEqualTo("control character U+0000 at 2");
        assertThat(ArticleText.forbiddenCharacter("\u007F")).isEqualTo("control character U+007F at 0");
    }

    @Test
    void findsUnpairedSurrogatesAnywhere() {
        assertThat(ArticleText.forbiddenCharacter("a\uD800b")).isEqualTo("an unpaired surrogate at 1");
        assertThat(ArticleText.forbiddenCharacter("a\uDC00")).isEqualTo("an unpaired surrogate at 1");
        assertThat(ArticleText.forbiddenCharacter("end\uD83D")).isEqualTo("an unpaired surrogate at 3");
    }
}
