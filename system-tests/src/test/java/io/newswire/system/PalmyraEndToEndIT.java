package io.newswire.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The foundation's promise, end to end on the real stack: the Palmyra article posted over HTTP is, within 30 s,
 * an enriched document in Elasticsearch, and posting it again leaves exactly one document.
 */
class PalmyraEndToEndIT {

    private static final LocalStack STACK = new LocalStack();
    private static String body;

    @BeforeAll
    static void startStack() throws Exception {
        STACK.up();
        body = Files.readString(STACK.seed("palmyra.json"));
    }

    @Test
    void palmyraIsSearchableWithItsPlacesPersonsOrganizationsAndDates() {
        String id = post();

        JsonPath article = Poll.until(Duration.ofSeconds(30), () -> {
            var response = given().get(STACK.indexUrl() + "/articles/" + id);
            return response.statusCode() == 200 ? response.jsonPath() : null;
        });

        assertThat(article.getString("title")).isEqualTo("Isis seizes Russian arms including 30 tanks in Palmyra");
        List<Map<String, Object>> places = article.getList("locations");
        assertThat(places).anySatisfy(place -> {
            assertThat(place).containsEntry("geonameId", 163808).containsEntry("name", "Tadmur");
            assertThat((Float) place.get("lat")).isCloseTo(34.56f, org.assertj.core.data.Offset.offset(0.05f));
            assertThat((Float) place.get("lon")).isCloseTo(38.28f, org.assertj.core.data.Offset.offset(0.05f));
        });
        assertThat(places).anySatisfy(place -> assertThat(place).containsEntry("countryCode", "SY")
                .containsEntry("featureCode", "PCLI"));
        assertThat(article.getList("locations.name", String.class)).contains("Homs", "Mosul");
        assertThat(article.getList("persons", String.class)).contains("Vladimir Putin", "Khaled al-Asaad");
        assertThat(article.getList("organizations", String.class)).contains("Syrian Observatory for Human Rights");
        List<Map<String, Object>> dates = article.getList("dates");
        assertThat(dates).anySatisfy(date -> assertThat(date).containsEntry("text", "10 December")
                .containsEntry("value", "2016-12-10"));
        assertThat(dates).anySatisfy(date -> assertThat(date).containsEntry("text", "May 2015")
                .containsEntry("value", "2015-05"));
        assertThat(dates).anySatisfy(date -> assertThat(date).containsEntry("text", "August 5, 2010")
                .containsEntry("value", "2010-08-05"));
    }

    @Test
    void postingTheArticleAgainLeavesExactlyOneDocument() {
        String id = post();
        String firstEnrichedAt = Poll.until(Duration.ofSeconds(30), () -> {
            var response = given().get(STACK.indexUrl() + "/articles/" + id);
            return response.statusCode() == 200 ? response.jsonPath().getString("enrichedAt") : null;
        });

        assertThat(post()).isEqualTo(id);

        // The repost is enriched anew: wait until its newer version replaced the document.
        Poll.until(Duration.ofSeconds(30), () -> {
            String enrichedAt = given().get(STACK.indexUrl() + "/articles/" + id).jsonPath().getString("enrichedAt");
            return firstEnrichedAt.equals(enrichedAt) ? null : enrichedAt;
        });
        given().post(STACK.elasticsearchUrl() + "/articles/_refresh").then().statusCode(200);
        int count = given().contentType(ContentType.JSON)
                .body("{\"query\": {\"term\": {\"url\": \"https://news.example.org/world/2016/12/13/isis-seizes-russian-arms-palmyra\"}}}")
                .post(STACK.elasticsearchUrl() + "/articles/_count")
                .then().statusCode(200).extract().path("count");
        assertThat(count).isEqualTo(1);
    }

    private static String post() {
        return given().contentType(ContentType.JSON).body(body)
                .post(STACK.ingestUrl() + "/articles")
                .then().statusCode(202).extract().path("id");
    }
}
