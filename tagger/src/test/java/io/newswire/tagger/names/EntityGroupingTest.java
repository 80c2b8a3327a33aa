package io.newswire.tagger.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import io.newswire.model.Place;
import io.newswire.tagger.text.Tokenizer;
import io.newswire.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityGroupingTest {

    private final Tokenizer tokenizer = new Tokenizer();

    /** The name of the given type covering the first occurrence of {@code words}. */
    private static Name name(Tokens tokens, String words, NameType type, int occurrence) {
        int from = -1;
        for (int k = 0; k <= occurrence; k++) {
            from = tokens.text().indexOf(words, from + 1);
        }
        int first = 0;
        while (tokens.start(first) < from) {
            first++;
        }
        int end = first;
        while (end < tokens.size() && tokens.end(end) <= from + words.length()) {
            end++;
        }
        return new Name(first, end, type);
    }

    @Test
    void aSurnameAndAGivenNameJoinTheFullNameEvenWhenTaggedOtherwise() {
        Tokens tokens = tokenizer.tokenize("Putin came. Vladimir Putin spoke. Vladimir left. Putin returned.");
        List<Name> names = List.of(name(tokens, "Putin", NameType.ORGANIZATION, 0),
                name(tokens, "Vladimir Putin", NameType.PERSON, 0), name(tokens, "Vladimir", NameType.PERSON, 1),
                name(tokens, "Putin", NameType.PERSON, 2));
        List<Entity> entities = EntityGrouping.group(tokens, names, List.of());
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).type()).isEqualTo(EntityType.PERSON);
        assertThat(entities.get(0).name()).isEqualTo("Vladimir Putin");
        assertThat(entities.get(0).mentions()).extracting(Mention::start).isSorted().hasSize(4);
    }

    @Test
    void anAcronymJoinsTheOrganizationWhoseInitialsItSpells() {
        Tokens tokens = tokenizer.tokenize("The Syrian Observatory for Human Rights said so. SOHR and the UN disagree.");
        List<Name> names = List.of(name(tokens, "Syrian Observatory for Human Rights", NameType.ORGANIZATION, 0),
                name(tokens, "SOHR", NameType.ORGANIZATION, 0), name(tokens, "UN", NameType.ORGANIZATION, 0));
        List<Entity> entities = EntityGrouping.group(tokens, names, List.of());
        assertThat(entities).extracting(Entity::name).containsExactly("Syrian Observatory for Human Rights", "UN");
        assertThat(entities.get(0).mentions()).extracting(Mention::text)
                .containsExactly("Syrian Observatory for Human Rights", "SOHR");
    }

    @Test
    void namesResolvedAsPlacesAndLocationNamesAreNotEntities() {
        String text = "Jordan met Smith in Amman.";
        Tokens tokens = tokenizer.tokenize(text);
        List<Name> names = List.of(name(tokens, "Jordan", NameType.PERSON, 0), name(tokens, "Smith", NameType.PERSON, 0),
                name(tokens, "Amman", NameType.LOCATION, 0));
        Place jordan = new Place("Jordan", 248816, "JO", "PCLI", 31, 36, List.of(new Mention(0, 6, "Jordan")));
        assertThat(EntityGrouping.group(tokens, names, List.of(jordan))).extracting(Entity::name)
                .containsExactly("Smith");
    }

    @Test
    void aNameThatOnlyContainsAPlaceStaysAnEntity() {
        String text = "The California Department of Public Health and the Governor of Virginia spoke.";
        Tokens tokens = tokenizer.tokenize(text);
        List<Name> names = List.of(name(tokens, "California Department of Public Health", NameType.ORGANIZATION, 0),
                name(tokens, "Governor of Virginia", NameType.PERSON, 0));
        List<Place> places = List.of(
                new Place("California", 5332921, "US", "ADM1", 37.25, -119.75, List.of(new Mention(4, 14, "California"))),
                new Place("Virginia", 6254928, "US", "ADM1", 37.5, -78.5, List.of(new Mention(63, 71, "Virginia"))));
        assertThat(EntityGrouping.group(tokens, names, places)).extracting(Entity::name)
                .containsExactly("California Department of Public Health", "Governor of Virginia");
    }

    @Test
    void differentPeopleSharingNoWordStayApart() {
        Tokens tokens = tokenizer.tokenize("Ann Chiang and Gary Chan won; Chiang thanked Chan.");
        List<Name> names = new ArrayList<>(List.of(name(tokens, "Ann Chiang", NameType.PERSON, 0),
                name(tokens, "Gary Chan", NameType.PERSON, 0), name(tokens, "Chiang", NameType.PERSON, 1),
                name(tokens, "Chan", NameType.PERSON, 1)));
        List<Entity> entities = EntityGrouping.group(tokens, names, List.of());
        assertThat(entities).extracting(Entity::name).containsExactly("Ann Chiang", "Gary Chan");
        assertThat(entities.get(1).mentions()).extracting(Mention::text).containsExactly("Gary Chan", "Chan");
    }
}
