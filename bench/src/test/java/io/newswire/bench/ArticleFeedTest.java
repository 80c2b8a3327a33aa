package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.tools.bench.BenchCorpus;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFeedTest {

    private final ArticleFeed feed = new ArticleFeed(new BenchCorpus("test", List.of(
            new BenchCorpus.Document("r-1", "Showers continued throughout the week in the Bahia cocoa zone, "
                    + "alleviating the drought since early January.", LocalDate.of(1987, 2, 26)),
            new BenchCorpus.Document("g-1", "Militants raided Palmyra.", null)), 20),
            "https://bench.newswire.test/run/");

    @Test
    void everyArticleOfEveryPhaseHasItsOwnUrl() {
        assertThat(feed.url("max", 0)).isEqualTo("https://bench.newswire.test/run/max/0");
        assertThat(feed.url("max", 2)).isNotEqualTo(feed.url("max", 0)).startsWith(feed.urlPrefix("max"));
        assertThat(feed.urlPrefix("max")).startsWith(feed.urlPrefix());
    }

    @Test
    void theCorpusIsCycled() throws IOException {
        JsonNode first = Elasticsearch.JSON.readTree(feed.body("max", 0));
        JsonNode third = Elasticsearch.JSON.readTree(feed.body("max", 2));

        assertThat(third.get("text")).isEqualTo(first.get("text"));
        assertThat(third.get("url")).isNotEqualTo(first.get("url"));
    }

    @Test
    void aBodyIsAnArticleIngestAccepts() throws IOException {
        JsonNode body = Elasticsearch.JSON.readTree(feed.body("max", 0));

        assertThat(body.get("title").asText()).isEqualTo("Showers continued throughout the week in the Bahia cocoa "
                + "zone, alleviating the");
        assertThat(body.get("publishedAt").asText()).isEqualTo("1987-02-26");
        assertThat(body.get("language").asText()).isEqualTo("en");
        assertThat(Elasticsearch.JSON.readTree(feed.body("max", 1)).has("publishedAt")).isFalse();
    }

    @Test
    void anArticleWithoutADateIsPublishedWhenReceived() {
        OffsetDateTime received = OffsetDateTime.parse("2025-01-01T10:00:00Z");

        assertThat(feed.article("id", 1, received).publishedAt()).isEqualTo(received);
        assertThat(feed.article("id", 0, received).publishedAt().toLocalDate()).isEqualTo(LocalDate.of(1987, 2, 26));
    }

    @Test
    void aTitleIsTheFirstTwelveWords() {
        assertThat(ArticleFeed.title("  one two\nthree  ")).isEqualTo("one two three");
        assertThat(ArticleFeed.title("a b c d e f g h i j k l m n")).isEqualTo("a b c d e f g h i j k l");
    }
}
