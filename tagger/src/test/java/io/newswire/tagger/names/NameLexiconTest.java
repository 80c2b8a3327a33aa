package io.newswire.tagger.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class NameLexiconTest {

    @Test
    void wordsAndPhrasesAreFoundByTheHashesOfTheirLowerCasedTokens() throws IOException {
        NameLexicon.Builder builder = new NameLexicon.Builder()
                .add(new long[] {WordHash.lower("Khaled")}, WordClass.FIRST_NAME)
                .add(new long[] {WordHash.lower("jordan")}, WordClass.FIRST_NAME)
                .add(new long[] {WordHash.lower("jordan")}, WordClass.COUNTRY_OR_REGION)
                .add(new long[] {WordHash.lower("human"), WordHash.lower("rights"), WordHash.lower("watch")},
                        WordClass.ORGANIZATION);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        builder.build().write(bytes);
        NameLexicon lexicon = NameLexicon.read(new ByteArrayInputStream(bytes.toByteArray()));

        String text = "KHALED went to Jordan";
        assertThat(lexicon.wordClasses(WordHash.lower(text, 0, 6))).isEqualTo(WordClass.FIRST_NAME.bit());
        assertThat(lexicon.wordClasses(WordHash.lower(text, 15, 21)))
                .isEqualTo(WordClass.FIRST_NAME.bit() | WordClass.COUNTRY_OR_REGION.bit());
        assertThat(lexicon.wordClasses(WordHash.lower("went"))).isZero();
        long phrase = WordHash.extend(WordHash.extend(WordHash.extend(WordHash.START,
                WordHash.lower("Human")), WordHash.lower("Rights")), WordHash.lower("Watch"));
        assertThat(lexicon.phraseClasses(phrase)).isEqualTo(WordClass.ORGANIZATION.bit());
        assertThat(lexicon.longestPhrase()).isEqualTo(3);
    }

    @Test
    void theShippedLexiconKnowsCommonGivenNamesAndTitles() {
        NameLexicon lexicon = NameFinder.lexicon();
        assertThat(lexicon.wordClasses(WordHash.lower("Vladimir")) & WordClass.FIRST_NAME.bit()).isNotZero();
        assertThat(lexicon.wordClasses(WordHash.lower("President")) & WordClass.TITLE.bit()).isNotZero();
        assertThat(lexicon.wordClasses(WordHash.lower("Syria")) & WordClass.COUNTRY_OR_REGION.bit()).isNotZero();
    }
}
