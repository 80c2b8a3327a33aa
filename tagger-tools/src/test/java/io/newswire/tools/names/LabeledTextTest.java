package io.newswire.tools.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.tagger.names.NameLabel;
import io.newswire.tagger.names.NameType;
import io.newswire.tagger.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabeledTextTest {

    private static AnnotatedText.Span span(String text, String words, NameType type) {
        int start = text.indexOf(words);
        return new AnnotatedText.Span(start, start + words.length(), type);
    }

    @Test
    void theOutermostOfNestedNamesIsLabeled() {
        String text = "She studied at Durham University then.";
        AnnotatedText annotated = new AnnotatedText("t", "news", text, List.of(
                span(text, "Durham", NameType.LOCATION), span(text, "Durham University", NameType.ORGANIZATION)));
        LabeledText labeled = LabeledText.of(annotated, new Tokenizer());
        assertThat(labeled.labels()).containsExactly(NameLabel.OUTSIDE, NameLabel.OUTSIDE, NameLabel.OUTSIDE,
                NameLabel.begin(NameType.ORGANIZATION), NameLabel.inside(NameType.ORGANIZATION),
                NameLabel.OUTSIDE, NameLabel.OUTSIDE);
    }

    @Test
    void aCoordinationOfTwoPersonsGivesWayToThem() {
        String text = "Carrano and Biewener agree.";
        AnnotatedText annotated = new AnnotatedText("t", "academic", text, List.of(
                span(text, "Carrano and Biewener", NameType.PERSON), span(text, "Carrano", NameType.PERSON),
                span(text, "Biewener", NameType.PERSON)));
        assertThat(LabeledText.of(annotated, new Tokenizer()).labels()).containsExactly(
                NameLabel.begin(NameType.PERSON), NameLabel.OUTSIDE, NameLabel.begin(NameType.PERSON),
                NameLabel.OUTSIDE, NameLabel.OUTSIDE);
    }
}
