package io.newswire.index.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.model.ArticleJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentBuilderTest {

    private static final String ENRICHED = """
            {"schemaVersion": 1, "id": "a1", "url": "https://x.org/a1", "title": "t", "text": "Palmyra",
             "enrichedAt": "2016-12-13T15:00:00.000001Z",
             "locations": [{"name": "Tadmur", "geonameId": 163808, "countryCode": "SY", "featureCode": "PPLA2",
                            "lat": 34.5624, "lon": 38.28402, "mentions": [{"start": 0, "end": 7, "text": "Palmyra"}]},
                           {"name": "Syria", "geonameId": 163843, "countryCode": "SY", "featureCode": "PCLI",
                            "lat": 35.0, "lon": 38.0, "mentions": []}],
             "entities": [{"type": "PERSON", "name": "Vladimir Putin", "mentions": []},
                          {"type": "ORGANIZATION", "name": "SOHR", "mentions": []}],
             "dates": [{"start": 0, "end": 1, "text": "10 December", "type": "DATE", "value": "2016-12-10"},
                       {"start": 0, "end": 1, "text": "May 2015", "type": "DATE", "value": "2015-05"},
                       {"start": 0, "end": 1, "text": "that week", "type": "DATE", "value": "2016-W50"},
                       {"start": 0, "end": 1, "text": "three days", "type": "DURATION", "value": "P3D"},
                       {"start": 0, "end": 1, "text": "now", "type": "DATE", "value": "PRESENT_REF"}]}""";

    private final DocumentBuilder builder = new DocumentBuilder();

    private JsonNode build(String json) throws Exception {
        ArticleDocument document = builder.build(json.getBytes(StandardCharsets.UTF_8));
        return ArticleJson.mapper().readTree(document.json());
    }

    @Test
    void everyPlaceGetsAGeoPoint() throws Exception {
        JsonNode point = build(ENRICHED).path("locations").get(0).path("point");

        assertThat(point.path("lat").asDouble()).isEqualTo(34.5624);
        assertThat(point.path("lon").asDouble()).isEqualTo(38.28402);
    }

    @Test
    void personsOrganizationsAndCountriesBecomeKeywordLists() throws Exception {
        JsonNode document = build(ENRICHED);

        assertThat(document.path("persons")).extracting(JsonNode::asText).containsExactly("Vladimir Putin");
        assertThat(document.path("organizations")).extracting(JsonNode::asText).containsExactly("SOHR");
        assertThat(document.path("countries")).extracting(JsonNode::asText).containsExactly("SY");
    }

    @Test
    void everyPlaceGetsAKeyWithItsIdCountryAndName() throws Exception {
        assertThat(build(ENRICHED).path("placeKeys")).extracting(JsonNode::asText)
                .containsExactly("163808|SY|Tadmur", "163843|SY|Syria");
    }

    @Test
    void placeKeyReadsBackANameThatHoldsTheSeparator() {
        assertThat(PlaceKey.parse(PlaceKey.of(42, "US", "A|B"))).isEqualTo(new PlaceKey(42, "US", "A|B"));
        assertThat(PlaceKey.parse(PlaceKey.of(7, "", "Atlantic Ocean")))
                .isEqualTo(new PlaceKey(7, "", "Atlantic Ocean"));
    }

    @Test
    void calendarDatesAreKeptAtTheirPrecisionAndWeeksByTheirMonday() throws Exception {
        assertThat(build(ENRICHED).path("mentionedDates")).extracting(JsonNode::asText)
                .containsExactly("2016-12-10", "2015-05", "2016-12-12");
    }

    @Test
    void versionIsTheEnrichmentTimeInMicroseconds() {
        ArticleDocument document = builderBuild(ENRICHED);

        assertThat(document.id()).isEqualTo("a1");
        assertThat(document.version()).isEqualTo(1_481_641_200_000_001L);
    }

    @Test
    void documentWithoutIdOrNotJsonIsUnreadable() {
        assertThatThrownBy(() -> builder.build("{\"title\": \"t\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("missing field: id");
        assertThatThrownBy(() -> builder.build("[1]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("not a JSON object");
        assertThatThrownBy(() -> builder.build("{".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith("unreadable JSON");
        assertThatThrownBy(() -> builder.build(null))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("empty record");
    }

    private ArticleDocument builderBuild(String json) {
        try {
            return builder.build(json.getBytes(StandardCharsets.UTF_8));
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(e);
        }
    }
}
