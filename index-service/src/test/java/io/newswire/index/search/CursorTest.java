package io.newswire.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {

    private static String token(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodingWhatWasEncodedGivesTheSameSortValuesOfTheSameKinds() {
        Cursor cursor = new Cursor(SortBy.DISTANCE, List.of(143.2, 1_481_191_200_000L, "homs-putin"));

        assertThat(Cursor.decode(cursor.encode(), SortBy.DISTANCE)).isEqualTo(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aWholeNumberReadsBackAsTheDecimalARelevanceScoreIs() {
        assertThat(Cursor.decode(token("{\"sort\":\"relevance\",\"after\":[2,1481191200000,\"a\"]}"), SortBy.RELEVANCE)
                .values()).containsExactly(2.0, 1_481_191_200_000L, "a");
    }

    @Test
    void aCursorOfAnotherSortOrderIsRefused() {
        String newest = new Cursor(SortBy.NEWEST, List.of(1L, "a")).encode();

        assertThatThrownBy(() -> Cursor.decode(newest, SortBy.RELEVANCE))
                .hasMessage("was issued for sort=newest, not sort=relevance");
    }

    @Test
    void valuesOfTheWrongKindOrNumberAndUndecodableTokensAreRefused() {
        for (String bad : List.of(
                token("{\"sort\":\"newest\",\"after\":[\"1\",\"a\"]}"),
                token("{\"sort\":\"newest\",\"after\":[1.5,\"a\"]}"),
                token("{\"sort\":\"newest\",\"after\":[1,2]}"),
                token("{\"sort\":\"newest\",\"after\":[1]}"),
                token("{\"sort\":\"newest\",\"after\":[1,\"a\"],\"more\":1}"),
                token("[1,\"a\"]"),
                token("{\"sort\":\"newest\""),
                "***")) {
            assertThatThrownBy(() -> Cursor.decode(bad, SortBy.NEWEST)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("is not a cursor this service issued");
        }
    }
}
