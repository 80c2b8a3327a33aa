package io.newswire.tagger.places;

import static io.newswire.tagger.places.ShippedPlaceTagger.GAZETTEER;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.tagger.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static List<Integer> placesNamed(String name) {
        int value = GAZETTEER.lookup(Gazetteer.nameKey(new Tokenizer().tokenize(name)));
        int entry = value == NameIndex.ABSENT ? -1 : NameIndex.entry(value);
        List<Integer> places = new ArrayList<>();
        for (int k = 0; entry >= 0 && k < GAZETTEER.refCount(entry); k++) {
            places.add(GAZETTEER.refPlace(entry, k));
        }
        return places;
    }

    @Test
    void holdsTheShippedPlacesAndNames() {
        assertThat(GAZETTEER.placeCount()).isGreaterThan(200_000);
        assertThat(GAZETTEER.nameCount()).isGreaterThan(200_000);
    }

    @Test
    void findsAPlaceByItsAlternateName() {
        assertThat(placesNamed("Palmyra")).extracting(GAZETTEER::geonameId).contains(163808L);
    }

    @Test
    void indexesNamesOfSeveralTokensAndTheirAbbreviations() {
        assertThat(placesNamed("New South Wales")).extracting(GAZETTEER::kind).contains(PlaceKind.ADMIN1);
        assertThat(placesNamed("U.S.")).extracting(GAZETTEER::countryCode).containsExactly("US");
        assertThat(placesNamed("Ky.")).extracting(GAZETTEER::name).containsExactly("Kentucky");
    }

    @Test
    void linksCountriesAndDivisionsToTheirPlaces() {
        int texas = placesNamed("Texas").stream().filter(p -> GAZETTEER.kind(p) == PlaceKind.ADMIN1)
                .findFirst().orElseThrow();
        assertThat(GAZETTEER.admin1Place(GAZETTEER.admin1(texas))).isEqualTo(texas);
        assertThat(GAZETTEER.name(GAZETTEER.countryPlace(GAZETTEER.country(texas)))).isEqualTo("United States");
    }

    @Test
    void knowsCommonWordsFromPlaceNames() {
        assertThat(GAZETTEER.isCommonWord(NameKeys.hash("reading", 0, 7))).isTrue();
        assertThat(GAZETTEER.isCommonWord(NameKeys.hash("Damascus", 0, 8))).isFalse();
    }
}
