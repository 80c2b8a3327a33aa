package io.newswire.index.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes the search API, and Swagger UI serves it. */
@QuarkusTest
@QuarkusTestResource(value = SearchTestResource.class, restrictToAnnotatedClass = true)
class OpenApiTest {

    @Test
    void openApiDocumentsEverySearchParameterAndTheProblemResponses() {
        JsonPath api = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();

        assertThat(api.getList("paths.'/articles/search'.get.parameters.name", String.class))
                .containsExactlyInAnyOrder("q", "place", "country", "person", "organization", "near", "radius",
                        "from", "to", "mentionedFrom", "mentionedTo", "sort", "size", "cursor", "facetSize",
                        "interval");
        assertThat(api.getMap("paths.'/articles/search'.get.responses")).containsKeys("200", "400", "503");
        assertThat(api.getString("paths.'/articles/search'.get.responses.'400'.'$ref'"))
                .isEqualTo("#/components/responses/InvalidParameter");
        assertThat(api.getString("components.responses.InvalidParameter.content.'application/problem+json'"
                + ".schema.'$ref'")).isEqualTo("#/components/schemas/Problem");
        assertThat(api.getString("paths.'/articles/search'.get.parameters.find { it.name == 'near' }.example"))
                .isEqualTo("34.73,36.71");
        assertThat(api.getMap("paths.'/places/{geonameId}'.get.responses")).containsKeys("200", "400", "404");
        assertThat(api.getMap("paths.'/articles/{id}'.get.responses")).containsKeys("200", "404");
        assertThat(api.getMap("components.schemas.Hit.properties.article.properties"))
                .containsKeys("title", "publishedAt", "locations", "entities", "dates");
        assertThat(api.getMap("components.schemas")).containsKeys("SearchResult", "Facets", "Problem",
                "EnrichedArticle", "PlaceSummary");
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
