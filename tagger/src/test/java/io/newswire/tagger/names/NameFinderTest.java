package io.newswire.tagger.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import io.newswire.model.TemporalExpression;
import io.newswire.model.TimexType;
import io.newswire.tagger.text.Tokenizer;
import io.newswire.tagger.text.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NameFinderTest {

    private static NameFinder finder;
    private final Tokenizer tokenizer = new Tokenizer();

    @BeforeAll
    static void load() {
        finder = NameFinder.load();
    }

    private List<Entity> entities(String text) {
        Tokens tokens = tokenizer.tokenize(text);
        return finder.entities(tokens, finder.find(tokens, List.of()), List.of());
    }

    private static String seed() throws IOException {
        try (InputStream in = NameFinderTest.class.getResourceAsStream("palmyra-seed.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void findsThePersonsOfTheSeedArticle() throws IOException {
        assertThat(entities(seed()))
                .filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name)
                .contains("Vladimir Putin", "Khaled al-Asaad");
    }

    @Test
    void findsTheObservatoryWithItsAcronymAsOneOrganization() throws IOException {
        String text = seed();
        Entity observatory = entities(text).stream()
                .filter(e -> e.name().equals("Syrian Observatory for Human Rights"))
                .findFirst().orElseThrow();
        assertThat(observatory.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(observatory.mentions()).extracting(Mention::text)
                .containsExactly("Syrian Observatory for Human Rights", "SOHR");
        for (Mention m : observatory.mentions()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void groupsASurnameWithTheFullNameItShortens() {
        List<Entity> persons = entities("Russian President Vladimir Putin met reporters in Moscow on Friday. "
                + "Putin said the talks went well.").stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertThat(persons).hasSize(1);
        assertThat(persons.get(0).name()).isEqualTo("Vladimir Putin");
        assertThat(persons.get(0).mentions()).extracting(Mention::text).containsExactly("Vladimir Putin", "Putin");
    }

    @Test
    void wordsTaggedAsDatesAreNotNames() {
        String text = "The statement was signed by Sandra Auger in Paris.";
        Tokens tokens = tokenizer.tokenize(text);
        int start = text.indexOf("Sandra");
        int end = start + "Sandra Auger".length();
        assertThat(finder.find(tokens, List.of()))
                .anyMatch(n -> tokens.start(n.firstToken()) == start && n.type() == NameType.PERSON);
        TemporalExpression date = new TemporalExpression(start, end, "Sandra Auger", TimexType.DATE, "2016");
        assertThat(finder.find(tokens, List.of(date)))
                .noneMatch(n -> tokens.start(n.firstToken()) < end && start < tokens.end(n.endToken() - 1));
    }

    @Test
    void textWithoutNamesHasNoEntities() {
        assertThat(entities("")).isEmpty();
        assertThat(entities("it rained all day and the river rose by two metres.")).isEmpty();
    }

    @Test
    void aTextWithHundredsOfDistinctNamesIsTagged() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            text.append("Yesterday Anna ").append(surname(i)).append(" said she was pleased. ");
        }
        Tokens tokens = tokenizer.tokenize(text.toString());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> finder.find(tokens, List.of()));
        assertThat(finder.find(tokens, List.of())).hasSizeGreaterThan(300);
    }

    /** A distinct made-up surname for each number: "Bakovic", "Cakovic", ... */
    private static String surname(int i) {
        String letters = "bcdfghklmnprstvz";
        return Character.toUpperCase(letters.charAt(i % 16)) + "a" + letters.charAt(i / 16 % 16) + "ovic"
                + letters.charAt(i / 256 % 16);
    }
}
