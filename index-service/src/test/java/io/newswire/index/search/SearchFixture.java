package io.newswire.index.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.index.document.ArticleDocument;
import io.newswire.index.document.DocumentBuilder;
import io.newswire.model.ArticleJson;
import java.util.List;

/**
 * The known articles the search tests run against: six enriched articles, indexed through the service's own
 * document builder. Homs is named by three of them, Putin by two; one text carries markup and quotes.
 */
final class SearchFixture {

    static final Place HOMS = new Place("Homs", 169577, "SY", "PPLA", 34.72682, 36.72339);
    static final Place TADMUR = new Place("Tadmur", 163808, "SY", "PPLA2", 34.5624, 38.28402);
    static final Place PARIS_TEXAS = new Place("Paris", 4717560, "US", "PPLA2", 33.66094, -95.55551);
    static final Place PARIS_FRANCE = new Place("Paris", 2988507, "FR", "PPLC", 48.85341, 2.3488);
    static final Place GENEVA = new Place("Geneva", 2660646, "CH", "PPLA", 46.20222, 6.14569);

    static final String SOHR = "Syrian Observatory for Human Rights";
    static final String MARKUP_TEXT = "Putin's jets struck near Homs; a caption read <script>alert(\"x\")</script> "
            + "beside a photo titled 'ruins'.";

    static final String HOMS_PUTIN = "homs-putin";
    static final String PALMYRA = "palmyra";
    static final String HOMS_ASSAD = "homs-assad";
    static final String PARIS_TX = "paris-texas";
    static final String PARIS_FR = "paris-france";
    static final String GENEVA_TALKS = "geneva-talks";

    record Place(String name, long geonameId, String countryCode, String featureCode, double lat, double lon) {
    }

    private SearchFixture() {
    }

    static List<ArticleDocument> documents() throws Exception {
        DocumentBuilder builder = new DocumentBuilder();
        return List.of(
                builder.build(article(HOMS_PUTIN, "Russian jets strike rebels near Homs", MARKUP_TEXT,
                        "2016-12-08T10:00:00Z", List.of(HOMS), List.of("Vladimir Putin"), List.of(SOHR),
                        List.of("2016-12-06"))),
                builder.build(article(PALMYRA, "Isis retakes Palmyra",
                        "Islamic State fighters retook Palmyra on 10 December, which they had first taken in "
                                + "May 2015, while the army held Homs.",
                        "2016-12-13T09:00:00Z", List.of(TADMUR, HOMS), List.of("Vladimir Putin", "Khaled al-Asaad"),
                        List.of(SOHR), List.of("2016-12-10", "2015-05"))),
                builder.build(article(HOMS_ASSAD, "Assad visits Homs", "The president toured the old city today.",
                        "2016-12-09T15:00:00Z", List.of(HOMS), List.of("Bashar al-Assad"), List.of(),
                        List.of("2016-12-09"))),
                builder.build(article(PARIS_TX, "Heat wave in Paris, Texas", "Forecasters expect records.",
                        "2016-12-09T08:00:00Z", List.of(PARIS_TEXAS), List.of("Greg Abbott"),
                        List.of("National Weather Service"), List.of())),
                builder.build(article(PARIS_FR, "Paris opens a climate summit", "Delegates arrived by train.",
                        "2016-12-20T12:00:00Z", List.of(PARIS_FRANCE), List.of("Anne Hidalgo"), List.of("UNESCO"),
                        List.of())),
                builder.build(article(GENEVA_TALKS, "Syria talks resume in Geneva", "Talks resume on Monday.",
                        "2016-11-30T07:00:00Z", List.of(GENEVA), List.of("Staffan de Mistura"),
                        List.of("United Nations"), List.of("2016-12-12"))));
    }

    private static byte[] article(String id, String title, String text, String publishedAt, List<Place> places,
            List<String> persons, List<String> organizations, List<String> dates) throws Exception {
        ObjectNode article = ArticleJson.mapper().createObjectNode()
                .put("schemaVersion", 1).put("id", id).put("url", "https://news.example.org/" + id)
                .put("title", title).put("text", text).put("source", "fixture").put("language", "en")
                .put("publishedAt", publishedAt).put("enrichedAt", publishedAt);
        ArrayNode locations = article.putArray("locations");
        for (Place place : places) {
            ObjectNode location = locations.addObject().put("name", place.name()).put("geonameId", place.geonameId())
                    .put("countryCode", place.countryCode()).put("featureCode", place.featureCode())
                    .put("lat", place.lat()).put("lon", place.lon());
            location.putArray("mentions").addObject().put("start", 0).put("end", 1).put("text", place.name());
        }
        ArrayNode entities = article.putArray("entities");
        persons.forEach(name -> entities.addObject().put("type", "PERSON").put("name", name).putArray("mentions"));
        organizations.forEach(name -> entities.addObject().put("type", "ORGANIZATION").put("name", name)
                .putArray("mentions"));
        ArrayNode timexes = article.putArray("dates");
        dates.forEach(value -> timexes.addObject().put("start", 0).put("end", 1).put("text", value)
                .put("type", "DATE").put("value", value));
        return ArticleJson.mapper().writeValueAsBytes(article);
    }
}
