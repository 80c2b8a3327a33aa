package io.newswire.tagger.places;

import static io.newswire.tagger.places.ShippedPlaceTagger.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newswire.model.Mention;
import io.newswire.model.Place;
import io.newswire.model.TemporalExpression;
import io.newswire.model.TimexType;
import io.newswire.tagger.names.Name;
import io.newswire.tagger.names.NameType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaceTaggerTest {

    private static Optional<Place> place(List<Place> places, String name) {
        return places.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static List<String> mentionTexts(List<Place> places) {
        return places.stream().flatMap(p -> p.mentions().stream()).map(Mention::text).toList();
    }

    @Test
    void resolvesPalmyraSyriaHomsAndMosulInTheSeedArticle() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("palmyra-2016-12-13.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Place> places = tag(text);

        Place palmyra = places.stream().filter(p -> p.geonameId() == 163808).findFirst().orElseThrow();
        assertThat(palmyra.name()).isEqualTo("Tadmur");
        assertThat(palmyra.countryCode()).isEqualTo("SY");
        assertThat(palmyra.lat()).isCloseTo(34.56, within(0.01));
        assertThat(palmyra.lon()).isCloseTo(38.28, within(0.01));
        assertThat(palmyra.mentions()).hasSize(9).allSatisfy(m -> {
            assertThat(m.text()).isEqualTo("Palmyra");
            assertThat(text.substring(m.start(), m.end())).isEqualTo("Palmyra");
        });
        assertThat(place(places, "Syria")).get().satisfies(s -> {
            assertThat(s.countryCode()).isEqualTo("SY");
            assertThat(s.featureCode()).isEqualTo("PCLI");
        });
        assertThat(place(places, "Homs")).get().extracting(Place::countryCode).isEqualTo("SY");
        assertThat(place(places, "Mosul")).get().extracting(Place::countryCode).isEqualTo("IQ");
        assertThat(mentionTexts(places)).doesNotContain("Syrian", "Russian", "Russians", "Isis", "May", "March");
    }

    @Test
    void listsEachPlaceOnceWithEveryMentionInTextOrder() {
        List<Place> places = tag("Floods hit Lagos. Lagos officials said roads out of Lagos were closed.");

        assertThat(places).hasSize(1);
        assertThat(places.get(0).mentions()).extracting(Mention::start).containsExactly(11, 18, 52);
    }

    @Test
    void takesTheStateAfterATownAsItsContainer() {
        List<Place> places = tag("Snow buried Buffalo, New York, on Friday.");

        assertThat(place(places, "Buffalo")).get().satisfies(b -> {
            assertThat(b.countryCode()).isEqualTo("US");
            assertThat(b.lat()).isCloseTo(42.89, within(0.1));
        });
        assertThat(place(places, "New York")).get().extracting(Place::featureCode).isEqualTo("ADM1");
    }

    @Test
    void prefersTheTownOfTheArticlesCountry() {
        List<Place> places = tag("Police in Ontario said a man from London was arrested near Toronto and Hamilton.");

        assertThat(place(places, "London")).get().extracting(Place::countryCode).isEqualTo("CA");
    }

    @Test
    void readsTwoNeighbouringTownsTogetherOverAForeignCapitalAndParish() {
        List<Place> places = tag("London police arrested a man in St. Thomas after a chase. London police said so.");

        assertThat(place(places, "London")).get().extracting(Place::countryCode).isEqualTo("CA");
        assertThat(place(places, "St. Thomas")).get().extracting(Place::countryCode).isEqualTo("CA");
    }

    @Test
    void aMajorDivisionLendsItsNamesakeVillageNoNeighbourSupport() {
        List<Place> places = tag("Fires burned in California near Redding.");

        assertThat(places).extracting(Place::countryCode).containsExactly("US", "US");
        assertThat(place(places, "California")).get().extracting(Place::featureCode).isEqualTo("ADM1");
    }

    @Test
    void readsTheCapitalOfACountryTheArticleNamesOverANamesakeInTheArticlesState() {
        List<Place> places = tag("GEORGETOWN, Ky. A doctor from Georgetown on a trip to France saw the attack in "
                + "Paris. She will return to Kentucky next week.");

        assertThat(place(places, "Paris")).get().extracting(Place::countryCode).isEqualTo("FR");
    }

    @Test
    void readsCountryAbbreviationsOnlyInCapitals() {
        assertThat(tag("U.S. officials met UK envoys.")).extracting(Place::name)
                .containsExactly("United States", "United Kingdom");
        assertThat(tag("Let us know.")).isEmpty();
        assertThat(tag("It cost US$5 million.")).isEmpty();
    }

    @Test
    void dropsPlacesInsideOrganizationAndPersonNames() {
        assertThat(tag("The Washington Post spoke to researchers at the University of Arizona.")).isEmpty();
        assertThat(tag("Historians praised George Washington. Washington led the army.")).isEmpty();
    }

    @Test
    void keepsPlacesThatNameThePublicBodyOfTheirJurisdiction() {
        assertThat(mentionTexts(tag("Queensland Police and the California Department of Health said so.")))
                .containsExactly("Queensland", "California");
    }

    @Test
    void dropsCommonWordsAtTheStartOfASentenceButNotInPlaceContext() {
        assertThat(tag("Reading is good for children.")).isEmpty();
        assertThat(place(tag("She grew up in Reading, England."), "Reading")).get()
                .extracting(Place::countryCode).isEqualTo("GB");
    }

    @Test
    void dropsVillagesWhoseNameStandsAloneWithoutPlaceContext() {
        assertThat(tag("Walsh said the plan would work.")).isEmpty();
        assertThat(tag("Walsh is a small town in Colorado.")).extracting(Place::name).contains("Walsh");
        assertThat(tag("The town of Walsh held a fair.")).extracting(Place::name).containsExactly("Walsh");
    }

    @Test
    void acceptsAStateAbbreviationAfterATownWithItsPeriod() {
        String text = "EDMONTON, Ky. (WBKO) - A man was arrested.";
        List<Place> places = tag(text);

        Place kentucky = place(places, "Kentucky").orElseThrow();
        assertThat(kentucky.mentions()).containsExactly(new Mention(10, 13, "Ky."));
        assertThat(place(places, "Edmonton")).get().extracting(Place::countryCode).isEqualTo("US");
        assertThat(tag("The Ky. rule applies.")).isEmpty();
    }

    @Test
    void readsDatelinesInCapitals() {
        assertThat(mentionTexts(tag("DETROIT The U.S. Transportation Department said on Wednesday...")))
                .containsExactly("DETROIT", "U.S.");
        assertThat(mentionTexts(tag("AUSTIN, Texas A white nationalist spoke."))).containsExactly("AUSTIN", "Texas");
        assertThat(tag("Officials from the WHO met.")).isEmpty();
    }

    @Test
    void keepsACountryBeforeAHyphenatedTitle() {
        assertThat(mentionTexts(tag("The move by US President-elect Donald Trump surprised many.")))
                .containsExactly("US");
    }

    @Test
    void resolvesUsCountiesAsSecondLevelDivisions() {
        Place county = place(tag("A Metcalfe County man was arrested."), "Metcalfe County").orElseThrow();

        assertThat(county.featureCode()).isEqualTo("ADM2");
        assertThat(county.countryCode()).isEqualTo("US");
        assertThat(county.lat()).isCloseTo(37.0, within(0.3));
    }

    @Test
    void findsPlacesInHyphenatedWordsButNotInHyphenatedNames() {
        assertThat(mentionTexts(tag("The UK-based charity sent aid to the Russia-Turkey border.")))
                .containsExactly("UK", "Russia", "Turkey");
        assertThat(tag("Agence France-Presse reported it; Jean-Vivien Mombouli agreed.")).isEmpty();
        assertThat(tag("The governor, Robin Leigh-Pemberton, spoke.")).isEmpty();
    }

    @Test
    void placesCountriesAtTheCentreOfTheirMainlandNotAtTheirCapital() {
        Place us = place(tag("Exports from the United States rose."), "United States").orElseThrow();

        assertThat(GreatCircle.kilometres(us.lat(), us.lon(), 39.76, -98.5)).isLessThan(161);
    }

    @Test
    void dropsNamesThatTheDateStageTookAsDates() {
        String text = "The deal was signed in Florence on Monday.";
        TemporalExpression florence = new TemporalExpression(23, 31, "Florence", TimexType.DATE, "XXXX");

        assertThat(tag(text)).extracting(Place::name).containsExactly("Florence");
        assertThat(tag(text, List.of(), List.of(florence))).isEmpty();
    }

    @Test
    void keepsAPersonOfTheNameFinderWhenNothingMakesItAPlace() {
        String person = "Tyler said she would return.";
        assertThat(tag(person)).extracting(Place::name).containsExactly("Tyler");
        assertThat(tag(person, List.of(new Name(0, 1, NameType.PERSON)), List.of())).isEmpty();
    }

    @Test
    void takesAPlaceTheNameFinderReadAsAPersonWhenItsContextOrStandingMakesItOne() {
        assertThat(tag("Flights from Tyler were cancelled.", List.of(new Name(2, 3, NameType.PERSON)), List.of()))
                .extracting(Place::name).containsExactly("Tyler");
        assertThat(tag("Britain said no.", List.of(new Name(0, 1, NameType.PERSON)), List.of()))
                .extracting(Place::name).containsExactly("United Kingdom");
        assertThat(tag("Paris said no.", List.of(new Name(0, 1, NameType.PERSON)), List.of()))
                .extracting(Place::name).containsExactly("Paris");
        assertThat(tag("Cases in Laos, Tyler and Cambodia rose.",
                List.of(new Name(4, 5, NameType.PERSON)), List.of())).extracting(Place::name)
                .containsExactly("Laos", "Tyler", "Cambodia");
        assertThat(tag("Cases in Laos, Cambodia, and Tyler rose.",
                List.of(new Name(7, 8, NameType.PERSON)), List.of())).extracting(Place::name)
                .containsExactly("Laos", "Cambodia", "Tyler");
        assertThat(tag("They reached the town of Tyler.", List.of(new Name(5, 6, NameType.PERSON)), List.of()))
                .extracting(Place::name).containsExactly("Tyler");
    }

    @Test
    void aNameUsedForAPersonElsewhereInTheArticleStaysAPerson() {
        String text = "Paris Hilton arrived. Paris said no.";
        assertThat(tag(text, List.of(new Name(0, 2, NameType.PERSON), new Name(4, 5, NameType.PERSON)), List.of()))
                .isEmpty();
    }

    @Test
    void takesAPlaceAfterOfInAPersonName() {
        String text = "said the Health Minister of Peru.";
        assertThat(tag(text, List.of(new Name(2, 6, NameType.PERSON)), List.of())).extracting(Place::name)
                .containsExactly("Peru");
    }

    @Test
    void takesAPlaceOpeningTheNameOfAPublicBodyButNotOfAnotherOrganization() {
        String body = "The California Department of Public Health said.";
        assertThat(tag(body, List.of(new Name(1, 7, NameType.ORGANIZATION)), List.of())).extracting(Place::name)
                .containsExactly("California");
        String owned = "China's Health Ministry said.";
        assertThat(tag(owned, List.of(new Name(0, 4, NameType.ORGANIZATION)), List.of())).extracting(Place::name)
                .containsExactly("China");
        String company = "Taco Bell Canada said.";
        assertThat(tag(company, List.of(new Name(0, 3, NameType.ORGANIZATION)), List.of())).isEmpty();
    }

    @Test
    void aLocationNameOfTheNameFinderDoesNotMakeAWordAPlace() {
        String location = "Police said Mobile was calm.";
        assertThat(tag(location)).isEmpty();
        assertThat(tag(location, List.of(new Name(2, 3, NameType.LOCATION)), List.of())).isEmpty();
    }

    @Test
    void aTinyFirstLevelDivisionNeedsAPlaceContext() {
        assertThat(tag("They fired Grad missiles.")).isEmpty();
        assertThat(tag("They live in Grad.")).extracting(Place::featureCode).containsExactly("ADM1");
    }
}
