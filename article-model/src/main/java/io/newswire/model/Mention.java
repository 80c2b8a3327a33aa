package io.newswire.model;

/**
 * Where a tag occurs in an article's text: {@code text.substring(start, end)}, offsets in UTF-16 code units,
 * end exclusive.
 */
public record Mention(int start, int end, String text) {
}
