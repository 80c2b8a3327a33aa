package io.newswire.index.search;

import java.util.List;
import java.util.Locale;

/**
 * The orders search results come in. Each ends with the publication time (newest first) and the article id, so
 * that every hit has a unique position a cursor can point at; {@link #cursorValues()} are the kinds of those sort
 * values, in order, as a cursor carries them.
 */
public enum SortBy {
    /** Best full-text match first; without {@code q} every hit matches equally, which is newest first. */
    RELEVANCE(List.of(SortValue.DECIMAL, SortValue.INTEGER, SortValue.TEXT)),
    NEWEST(List.of(SortValue.INTEGER, SortValue.TEXT)),
    /** Nearest place mention to the {@code near} point first. */
    DISTANCE(List.of(SortValue.DECIMAL, SortValue.INTEGER, SortValue.TEXT));

    public enum SortValue { DECIMAL, INTEGER, TEXT }

    private final List<SortValue> cursorValues;

    SortBy(List<SortValue> cursorValues) {
        this.cursorValues = cursorValues;
    }

    public List<SortValue> cursorValues() {
        return cursorValues;
    }

    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SortBy parse(String value) {
        for (SortBy sort : values()) {
            if (sort.parameterValue().equals(value)) {
                return sort;
            }
        }
        throw new IllegalArgumentException("must be one of relevance, newest, distance");
    }
}
