package io.newswire.tools.names;

import io.newswire.tagger.names.NameType;
import java.util.List;

/** A text with its gold names: character spans, end exclusive, possibly nested or overlapping. */
public record AnnotatedText(String id, String genre, String text, List<Span> names) {

    public record Span(int start, int end, NameType type) {
    }
}
