package io.newswire.tagger.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    private static long hash(String s) {
        return NameKeys.hash(s, 0, s.length());
    }

    @Test
    void foldsCaseDiacriticsAndPeriods() {
        assertThat(hash("Bogotá")).isEqualTo(hash("BOGOTA"));
        assertThat(hash("Łódź")).isEqualTo(hash("lodz"));
        assertThat(hash("U.S.")).isEqualTo(hash("US"));
        assertThat(hash("Côte d’Ivoire")).isEqualTo(hash("cote d'ivoire"));
        assertThat(hash("Paris")).isNotEqualTo(hash("Parish"));
    }

    @Test
    void hashesAPartOfATextLikeTheWholeWord() {
        String text = "the UK-based group";
        assertThat(NameKeys.hash(text, 4, 6)).isEqualTo(hash("uk"));
    }

    @Test
    void aLonePeriodHashesToNothing() {
        assertThat(hash(".")).isEqualTo(NameKeys.NOTHING);
    }

    @Test
    void chainsDependOnTokenOrder() {
        long newYork = NameKeys.extend(NameKeys.extend(NameKeys.EMPTY, hash("new")), hash("york"));
        long yorkNew = NameKeys.extend(NameKeys.extend(NameKeys.EMPTY, hash("york")), hash("new"));
        assertThat(newYork).isNotEqualTo(yorkNew);
    }
}
