package io.newswire.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    private static final Article ARTICLE = new Article(Article.SCHEMA_VERSION, "a1", "https://example.org/a",
            "Title", "Palmyra fell.", "Example", "en", OffsetDateTime.parse("2016-12-13T09:30:00-05:00"),
            OffsetDateTime.parse("2016-12-13T14:31:00Z"));

    @Test
    void enrichedArticleSurvivesARoundTrip() {
        var place = new Place("Tadmur", 163808, "SY", "PPLA2", 34.5624, 38.28402, List.of(new Mention(0, 7, "Palmyra")));
        var enriched = EnrichedArticle.of(ARTICLE, new Tags(List.of(place), List.of(), List.of()),
                OffsetDateTime.parse("2016-12-13T14:31:01Z"));

        byte[] json = JsonSerde.ENRICHED_ARTICLE.write(enriched);

        assertThat(JsonSerde.ENRICHED_ARTICLE.read(json)).isEqualTo(enriched);
    }

    @Test
    void publicationTimeKeepsItsOffset() {
        String json = new String(JsonSerde.ARTICLE.write(ARTICLE), StandardCharsets.UTF_8);

        assertThat(json).contains("\"publishedAt\":\"2016-12-13T09:30:00-05:00\"");
        assertThat(JsonSerde.ARTICLE.read(json.getBytes(StandardCharsets.UTF_8)).publishedAt())
                .isEqualTo(ARTICLE.publishedAt());
    }

    @Test
    void readersIgnoreFieldsTheyDoNotKnow() {
        String json = "{\"schemaVersion\":2,\"id\":\"a1\",\"url\":\"https://example.org/a\",\"title\":\"T\","
                + "\"text\":\"x\",\"sentiment\":0.5}";

        Article article = JsonSerde.ARTICLE.read(json.getBytes(StandardCharsets.UTF_8));

        assertThat(article.id()).isEqualTo("a1");
        assertThat(article.schemaVersion()).isEqualTo(2);
    }

    @Test
    void unreadableBytesRaiseASerializationException() {
        assertThatThrownBy(() -> JsonSerde.ARTICLE.read("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unreadable JSON");
    }
}
