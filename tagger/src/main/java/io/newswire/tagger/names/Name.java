package io.newswire.tagger.names;

/** A proper name found in the text: tokens {@code [firstToken, endToken)} of the given type. */
public record Name(int firstToken, int endToken, NameType type) {
}
