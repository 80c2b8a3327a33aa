package io.newswire.tagger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.model.ArticleJson;
import io.newswire.tagger.Tagger;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TagCommandTest {

    private static Tagger tagger;
    private static TagCommand command;

    @BeforeAll
    static void load() {
        tagger = Tagger.load();
        command = new TagCommand(tagger);
    }

    private List<JsonNode> run(String input) throws Exception {
        return run(command, input);
    }

    private static List<JsonNode> run(TagCommand command, String input) throws Exception {
        StringWriter out = new StringWriter();
        command.run(new StringReader(input), out);
        return out.toString().lines().map(line -> {
            try {
                return ArticleJson.mapper().readTree(line);
            } catch (Exception e) {
                throw new AssertionError("output line is not JSON: " + line, e);
            }
        }).toList();
    }

    @Test
    void answersEveryLineInOrderWithTheContractsFields() throws Exception {
        List<JsonNode> out = run("""
                {"id": "a", "text": "Militants retook Palmyra on 10 December.", "publishedAt": "2016-12-13"}
                {"id": "b", "text": "Nothing here.", "publishedAt": "2016-12-13T09:30:00+02:00"}
                {"id": "c", "text": "No date at all."}
                """);

        assertThat(out).extracting(line -> line.path("id").asText()).containsExactly("a", "b", "c");
        assertThat(out).allSatisfy(line -> {
            assertThat(line.path("locations").isArray()).isTrue();
            assertThat(line.path("entities").isArray()).isTrue();
            assertThat(line.path("dates").isArray()).isTrue();
            assertThat(line.has("error")).isFalse();
        });
    }

    @Test
    void malformedLinesAreAnsweredWithAnErrorAndTheStreamGoesOn() throws Exception {
        List<JsonNode> out = run("""
                {"id": "bad-json", "text": 
                {"id": "no-text"}
                {"id": "bad-date", "text": "x", "publishedAt": "13/12/2016"}
                [1, 2]
                {"id": "fine", "text": "Homs."}
                """);

        assertThat(out).hasSize(5);
        assertThat(out.get(0).path("error").asText()).startsWith("invalid JSON");
        assertThat(out.get(0).path("id").asText()).isEqualTo("bad-json");
        assertThat(out.get(1).path("id").asText()).isEqualTo("no-text");
        assertThat(out.get(1).path("error").asText()).isEqualTo("text must be a string");
        assertThat(out.get(2).path("error").asText()).contains("publishedAt");
        assertThat(out.get(3).path("error").asText()).isEqualTo("not a JSON object");
        assertThat(out.get(3).get("id").isNull()).isTrue();
        assertThat(out.get(4).path("id").asText()).isEqualTo("fine");
        assertThat(out.get(4).has("error")).isFalse();
    }

    @Test
    void severalThreadsAnswerInInputOrderAsOneThreadDoes() throws Exception {
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            input.append(i % 7 == 3 ? "{\"id\": \"" + i + "\", \"text\": " : "{\"id\": \"" + i
                    + "\", \"text\": \"Floods hit Homs " + "and Aleppo ".repeat(i % 5) + "on 10 December.\"}")
                    .append('\n');
        }
        List<JsonNode> one = run(new TagCommand(tagger, 1), input.toString());
        List<JsonNode> three = run(new TagCommand(tagger, 3), input.toString());

        assertThat(three).extracting(line -> line.path("id").asText())
                .containsExactlyElementsOf(IntStream.range(0, 500).mapToObj(Integer::toString).toList());
        assertThat(three).isEqualTo(one);
        assertThat(three.get(3).has("error")).isTrue();
    }
}
