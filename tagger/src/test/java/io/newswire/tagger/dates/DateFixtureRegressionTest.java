package io.newswire.tagger.dates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.model.TemporalExpression;
import io.newswire.tagger.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards the quality of the date stage on {@code fixtures/dates.jsonl}: Wikinews articles (CC-BY 2.5, credited
 * in {@code fixtures/dates.NOTICE.md}) with TIMEX3 annotations made for this project. Fails when precision,
 * recall or the share of correct values drops below a floor set a little under what was measured.
 */
class DateFixtureRegressionTest {

    /** Measured when the fixture was made: 55 gold, 57 found, relaxed P 0.965, R 1.000, values right 0.964. */
    private static final double PRECISION_FLOOR = 0.93;
    private static final double RECALL_FLOOR = 0.96;
    private static final double VALUE_FLOOR = 0.93;

    @Test
    void fixtureKeepsPrecisionRecallAndValuesAboveTheirFloors() throws IOException {
        DateTagger tagger = DateTagger.load();
        Tokenizer tokenizer = new Tokenizer();
        ObjectMapper mapper = new ObjectMapper();
        int found = 0;
        int gold = 0;
        int matched = 0;
        int rightValue = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/fixtures/dates.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode document = mapper.readTree(line);
                List<TemporalExpression> expressions = tagger.tag(tokenizer.tokenize(document.get("text").asText()),
                        LocalDate.parse(document.get("publishedAt").asText()));
                JsonNode expected = document.get("gold");
                boolean[] used = new boolean[expected.size()];
                for (TemporalExpression e : expressions) {
                    for (int g = 0; g < expected.size(); g++) {
                        JsonNode x = expected.get(g);
                        if (!used[g] && x.get("start").asInt() < e.end() && e.start() < x.get("end").asInt()) {
                            used[g] = true;
                            matched++;
                            rightValue += x.get("value").asText().equals(e.value()) ? 1 : 0;
                            break;
                        }
                    }
                }
                found += expressions.size();
                gold += expected.size();
            }
        }
        double precision = (double) matched / found;
        double recall = (double) matched / gold;
        double values = (double) rightValue / gold;
        System.out.printf("dates fixture: %d gold, %d found, P %.3f R %.3f values %.3f%n", gold, found, precision,
                recall, values);
        assertThat(precision).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(recall).isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(values).isGreaterThanOrEqualTo(VALUE_FLOOR);
    }
}
