package io.newswire.tools.names;

import io.newswire.tagger.names.NameLabel;
import io.newswire.tagger.text.Tokenizer;
import io.newswire.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A text's tokens with one gold {@link NameLabel} each. Gold names may nest ("Durham" inside "Durham
 * University") but a tag sequence cannot, so the outermost name wins, except that a person span coordinating
 * two gold persons ("Carrano and Biewener") gives way to them.
 */
public record LabeledText(AnnotatedText source, Tokens tokens, int[] labels) {

    public static LabeledText of(AnnotatedText text, Tokenizer tokenizer) {
        Tokens tokens = tokenizer.tokenize(text.text());
        int[] labels = new int[tokens.size()];
        for (AnnotatedText.Span span : flatten(text.names())) {
            int first = -1;
            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.start(t) < span.end() && span.start() < tokens.end(t)) {
                    if (labels[t] != NameLabel.OUTSIDE) {
                        break; // a token shared with a preceding name stays with it
                    }
                    labels[t] = first < 0 ? NameLabel.begin(span.type()) : NameLabel.inside(span.type());
                    if (first < 0) {
                        first = t;
                    }
                }
            }
        }
        return new LabeledText(text, tokens, labels);
    }

    /** Non-overlapping spans: outermost first, coordinations of contained names dropped. */
    static List<AnnotatedText.Span> flatten(List<AnnotatedText.Span> spans) {
        List<AnnotatedText.Span> kept = new ArrayList<>();
        List<AnnotatedText.Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(AnnotatedText.Span::start)
                .thenComparing(Comparator.comparingInt(AnnotatedText.Span::end).reversed()));
        for (AnnotatedText.Span span : sorted) {
            if (containsTwo(spans, span)) {
                continue;
            }
            boolean overlaps = false;
            for (AnnotatedText.Span k : kept) {
                overlaps |= k.start() < span.end() && span.start() < k.end();
            }
            if (!overlaps) {
                kept.add(span);
            }
        }
        return kept;
    }

    private static boolean containsTwo(List<AnnotatedText.Span> spans, AnnotatedText.Span outer) {
        int inner = 0;
        for (AnnotatedText.Span s : spans) {
            if (s != outer && s.type() == outer.type() && outer.start() <= s.start() && s.end() <= outer.end()
                    && s.end() - s.start() < outer.end() - outer.start()) {
                inner++;
            }
        }
        return inner >= 2;
    }
}
