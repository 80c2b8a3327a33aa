package io.newswire.index.search;

import static io.newswire.index.search.SearchFixture.GENEVA_TALKS;
import static io.newswire.index.search.SearchFixture.HOMS_ASSAD;
import static io.newswire.index.search.SearchFixture.HOMS_PUTIN;
import static io.newswire.index.search.SearchFixture.PALMYRA;
import static io.newswire.index.search.SearchFixture.PARIS_FR;
import static io.newswire.index.search.SearchFixture.PARIS_TX;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newswire.index.elasticsearch.BulkWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /articles/search and GET /places/{id} on a real Elasticsearch holding the {@link SearchFixture} articles. */
@QuarkusTest
@QuarkusTestResource(value = SearchTestResource.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleSearchTest {

    private static final String NEAR_HOMS = "near=34.73,36.71";
    private static final String NEAR_PALMYRA = "near=34.56,38.28";

    @Inject
    BulkWriter writer;

    @Inject
    ElasticsearchClient elasticsearch;

    @BeforeAll
    void indexTheFixture() throws Exception {
        assertThat(writer.write(SearchFixture.documents())).isEmpty();
        elasticsearch.indices().refresh(r -> r.index(SearchTestResource.ALIAS));
    }

    private static JsonPath search(String query) {
        return given().urlEncodingEnabled(false).get(query.isEmpty() ? "/articles/search" : "/articles/search?" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> ids(String query) {
        return search(query).getList("hits.id", String.class);
    }

    @Test
    void withoutParametersEveryArticleComesNewestFirst() {
        JsonPath result = search("");

        assertThat(result.getLong("total")).isEqualTo(6);
        assertThat(result.getList("hits.id", String.class))
                .containsExactly(PARIS_FR, PALMYRA, HOMS_ASSAD, PARIS_TX, HOMS_PUTIN, GENEVA_TALKS);
        assertThat(result.getString("next")).isNull();
    }

    @Test
    void fullTextMatchesTitleAndTextWithEveryWordRequired() {
        assertThat(ids("q=Homs")).containsExactlyInAnyOrder(HOMS_PUTIN, PALMYRA, HOMS_ASSAD);
        assertThat(ids("q=Homs%20army")).containsExactly(PALMYRA);
        assertThat(ids("q=%22climate%20summit%22")).containsExactly(PARIS_FR);
        assertThat(ids("q=Homs%20-army")).containsExactlyInAnyOrder(HOMS_PUTIN, HOMS_ASSAD);
    }

    @Test
    void highlightsWrapMatchesInEmAndEscapeEveryOtherMarkupAndQuote() {
        JsonPath result = search("q=caption");

        assertThat(result.getList("hits.id", String.class)).containsExactly(HOMS_PUTIN);
        List<String> fragments = result.getList("hits[0].highlight.text", String.class);
        assertThat(fragments).hasSize(1);
        String fragment = fragments.getFirst();
        assertThat(fragment).contains("<em>caption</em>").contains("&lt;script&gt;alert(")
                .doesNotContain("<script");
        assertThat(fragment.replace("<em>", "").replace("</em>", "")).doesNotContain("<", ">", "\"", "'");
        assertThat(search("q=Homs%20rebels").getList("hits[0].highlight.title", String.class))
                .containsExactly("Russian jets strike <em>rebels</em> near <em>Homs</em>");
    }

    @Test
    void hitsLeaveOutTheFullTextWhichTheArticleEndpointReturns() {
        Map<String, Object> article = search("q=caption").getMap("hits[0].article");

        assertThat(article).containsEntry("title", "Russian jets strike rebels near Homs")
                .containsKeys("locations", "persons", "publishedAt").doesNotContainKeys("text", "placeKeys");
        given().get("/articles/" + HOMS_PUTIN).then().statusCode(200).body("text", equalTo(SearchFixture.MARKUP_TEXT));
    }

    @Test
    void placeMatchesAGeonamesIdOrAnExactName() {
        assertThat(ids("place=169577")).containsExactlyInAnyOrder(HOMS_PUTIN, PALMYRA, HOMS_ASSAD);
        assertThat(ids("place=Paris")).containsExactlyInAnyOrder(PARIS_TX, PARIS_FR);
        assertThat(ids("place=4717560")).containsExactly(PARIS_TX);
        assertThat(ids("place=paris")).isEmpty();
    }

    @Test
    void repeatedValuesOfAFilterAreAlternativesAndDifferentFiltersMustAllMatch() {
        assertThat(ids("place=Paris&place=2660646")).containsExactlyInAnyOrder(PARIS_TX, PARIS_FR, GENEVA_TALKS);
        assertThat(ids("person=Vladimir%20Putin&person=Bashar%20al-Assad"))
                .containsExactlyInAnyOrder(HOMS_PUTIN, PALMYRA, HOMS_ASSAD);
        assertThat(ids("person=Vladimir%20Putin&place=163808")).containsExactly(PALMYRA);
        assertThat(ids("country=SY&organization=" + SearchFixture.SOHR.replace(" ", "%20")))
                .containsExactlyInAnyOrder(HOMS_PUTIN, PALMYRA);
    }

    @Test
    void countryMatchesTheIsoCodeOfANamedPlaceInAnyCase() {
        assertThat(ids("country=sy")).containsExactlyInAnyOrder(HOMS_PUTIN, PALMYRA, HOMS_ASSAD);
        assertThat(ids("country=US&country=CH")).containsExactlyInAnyOrder(PARIS_TX, GENEVA_TALKS);
    }

    @Test
    void personAndOrganizationMatchExactNames() {
        assertThat(ids("person=Vladimir%20Putin")).containsExactlyInAnyOrder(HOMS_PUTIN, PALMYRA);
        assertThat(ids("person=Putin")).isEmpty();
        assertThat(ids("organization=United%20Nations")).containsExactly(GENEVA_TALKS);
    }

    @Test
    void nearFindsArticlesNamingAPlaceWithinTheRadius() {
        assertThat(ids(NEAR_HOMS + "&radius=50km")).containsExactlyInAnyOrder(HOMS_PUTIN, PALMYRA, HOMS_ASSAD);
        assertThat(ids(NEAR_PALMYRA + "&radius=10km")).containsExactly(PALMYRA);
        assertThat(ids(NEAR_PALMYRA + "&radius=10mi")).containsExactly(PALMYRA);
        assertThat(ids("near=46.2,6.15")).containsExactly(GENEVA_TALKS); // default radius 50km
    }

    @Test
    void distanceSortPutsTheNearestPlaceMentionFirstAndGivesItsDistance() {
        JsonPath result = search(NEAR_PALMYRA + "&radius=200km&sort=distance");

        // Homs is about 143 km from Palmyra; the two Homs articles tie on distance and fall back to newest first.
        assertThat(result.getList("hits.id", String.class)).containsExactly(PALMYRA, HOMS_ASSAD, HOMS_PUTIN);
        assertThat(result.getDouble("hits[0].distanceKm")).isLessThan(1);
        assertThat(result.getDouble("hits[1].distanceKm")).isCloseTo(143, within(3.0));
        assertThat(result.getDouble("hits[2].distanceKm")).isEqualTo(result.getDouble("hits[1].distanceKm"));
    }

    @Test
    void publicationRangeIncludesTheWholeDaysItNames() {
        assertThat(ids("from=2016-12-08&to=2016-12-09")).containsExactlyInAnyOrder(HOMS_PUTIN, HOMS_ASSAD, PARIS_TX);
        assertThat(ids("from=2016-12-09T10:00:00Z")).containsExactlyInAnyOrder(HOMS_ASSAD, PALMYRA, PARIS_FR);
        assertThat(ids("to=2016-11")).containsExactly(GENEVA_TALKS);
    }

    @Test
    void mentionedDateRangeMatchesDatesTheTextNames() {
        assertThat(ids("mentionedFrom=2016-12-10&mentionedTo=2016-12-12"))
                .containsExactlyInAnyOrder(PALMYRA, GENEVA_TALKS);
        assertThat(ids("mentionedFrom=2015&mentionedTo=2015")).containsExactly(PALMYRA);
        assertThat(ids("mentionedTo=2016-12-06")).containsExactlyInAnyOrder(HOMS_PUTIN, PALMYRA);
    }

    @Test
    void reportsNearHomsInTheWeekOfFiveDecemberNamingPutinAreOneRequest() {
        assertThat(ids(NEAR_HOMS + "&radius=50km&from=2016-12-05&to=2016-12-11&person=Vladimir%20Putin"))
                .containsExactly(HOMS_PUTIN);
    }

    @Test
    void cursorPagesThroughEveryHitOnceInEachSortOrder() {
        assertThat(allPages("size=2")).containsExactly(PARIS_FR, PALMYRA, HOMS_ASSAD, PARIS_TX, HOMS_PUTIN,
                GENEVA_TALKS);
        assertThat(allPages("size=1&q=Homs")).containsExactlyElementsOf(ids("q=Homs"));
        assertThat(allPages("size=1&sort=distance&radius=200km&" + NEAR_PALMYRA))
                .containsExactly(PALMYRA, HOMS_ASSAD, HOMS_PUTIN);
    }

    private static List<String> allPages(String query) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = search(query + (cursor == null ? "" : "&cursor=" + cursor));
            ids.addAll(page.getList("hits.id", String.class));
            cursor = page.getString("next");
        } while (cursor != null && ids.size() <= 6);
        return ids;
    }

    @Test
    void aTamperedOrForeignCursorIsRefusedNamingTheCursor() {
        String cursor = search("size=1").getString("next");
        String json = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(
                json.replaceFirst("\\[\\d+", "[\"1481587200000\"").getBytes(StandardCharsets.UTF_8));

        for (String bad : List.of(tampered, cursor.substring(0, cursor.length() - 3), "bm90LWpzb24", "%25%25")) {
            given().urlEncodingEnabled(false).get("/articles/search?size=1&cursor=" + bad)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("parameter", equalTo("cursor"));
        }
        given().urlEncodingEnabled(false).get("/articles/search?size=1&q=Homs&cursor=" + cursor)
                .then().statusCode(400).body("parameter", equalTo("cursor"))
                .body("detail", equalTo("cursor was issued for sort=newest, not sort=relevance"));
    }

    @Test
    void facetsCountEveryMatchingArticleInTheSameAnswer() {
        JsonPath result = search("size=1");

        assertThat(result.getList("hits")).hasSize(1);
        assertThat(result.getList("facets.places")).first().isEqualTo(Map.of("geonameId", 169577, "name", "Homs",
                "countryCode", "SY", "count", 3));
        assertThat(result.getList("facets.places.name", String.class))
                .containsExactly("Homs", "Tadmur", "Geneva", "Paris", "Paris");
        assertThat(facet(result, "countries")).containsExactly(Map.entry("SY", 3), Map.entry("CH", 1),
                Map.entry("FR", 1), Map.entry("US", 1));
        assertThat(facet(result, "persons")).startsWith(Map.entry("Vladimir Putin", 2)).hasSize(6);
        assertThat(facet(result, "organizations")).containsExactly(Map.entry(SearchFixture.SOHR, 2),
                Map.entry("National Weather Service", 1), Map.entry("UNESCO", 1), Map.entry("United Nations", 1));
        assertThat(result.getList("facets.published.start", String.class)).containsExactly("2016-11-30T00:00:00Z",
                "2016-12-08T00:00:00Z", "2016-12-09T00:00:00Z", "2016-12-13T00:00:00Z", "2016-12-20T00:00:00Z");
        assertThat(result.getList("facets.published.count", Integer.class)).containsExactly(1, 1, 2, 1, 1);
    }

    private static List<Map.Entry<String, Integer>> facet(JsonPath result, String name) {
        List<String> values = result.getList("facets." + name + ".value", String.class);
        List<Integer> counts = result.getList("facets." + name + ".count", Integer.class);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            entries.add(Map.entry(values.get(i), counts.get(i)));
        }
        return entries;
    }

    @Test
    void facetsFollowTheFiltersAndTheirSizeAndIntervalParameters() {
        JsonPath filtered = search("size=0&country=SY&facetSize=2&interval=month");

        assertThat(filtered.getList("hits")).isEmpty();
        assertThat(filtered.getLong("total")).isEqualTo(3);
        assertThat(facet(filtered, "persons")).containsExactly(Map.entry("Vladimir Putin", 2),
                Map.entry("Bashar al-Assad", 1));
        assertThat(filtered.getList("facets.places.geonameId", Integer.class)).containsExactly(169577, 163808);
        assertThat(filtered.getList("facets.published.start", String.class)).containsExactly("2016-12-01T00:00:00Z");
        assertThat(filtered.getList("facets.published.count", Integer.class)).containsExactly(3);
        assertThat(search("facetSize=0").getMap("facets")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "size=101 | size", "size=ten | size", "facetSize=51 | facetSize", "interval=fortnight | interval",
        "sort=oldest | sort", "sort=distance | sort", "near=91,0 | near", "near=Homs | near",
        "near=34.7,36.7&radius=5parsecs | radius", "near=34.7,36.7&radius=0km | radius", "radius=50km | radius",
        "from=2016-13-01 | from", "to=yesterday | to", "from=2016-12-11&to=2016-12-05 | to",
        "mentionedFrom=12/10/2016 | mentionedFrom", "country=SYR | country", "cursor=not-a-cursor | cursor",
        "size=1&size=2 | size", "plcae=Homs | plcae"})
    void anInvalidParameterIsABadRequestNamingIt(String query, String parameter) {
        given().urlEncodingEnabled(false).get("/articles/search?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("parameter", equalTo(parameter)).body("status", equalTo(400));
    }

    @Test
    void placeGivesItsNameCountryFeatureCoordinatesAndArticleCount() {
        given().get("/places/169577").then().statusCode(200)
                .body("name", equalTo("Homs")).body("countryCode", equalTo("SY")).body("featureCode", equalTo("PPLA"))
                .body("lat", equalTo(34.72682f)).body("lon", equalTo(36.72339f)).body("articleCount", equalTo(3));
        given().get("/places/4717560").then().statusCode(200).body("name", equalTo("Paris"))
                .body("countryCode", equalTo("US")).body("articleCount", equalTo(1));
    }

    @Test
    void placeNoArticleNamesIsNotFoundAndANonIdIsABadRequest() {
        given().get("/places/1").then().statusCode(404).contentType("application/problem+json");
        given().get("/places/Homs").then().statusCode(400).contentType("application/problem+json")
                .body("parameter", equalTo("geonameId"));
    }
}
