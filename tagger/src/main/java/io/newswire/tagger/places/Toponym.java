package io.newswire.tagger.places;

/**
 * A gazetteer name found in an article: tokens {@code [firstToken, endToken)}, characters {@code [start, end)}
 * (a part of a token for "UK-based"), the name's gazetteer entry and, once decided, whether it is a place
 * mention and which place it is.
 */
final class Toponym {

    final int firstToken;
    int endToken;
    final int start;
    int end;
    final int entry;
    final int flags;
    /** A part of a hyphenated token ("Russia" in "Russia-Turkey"). */
    final boolean segment;

    boolean accepted;
    /** Words around it call it a town or city ("the town of Washington"), not a state or country. */
    boolean townCue;
    /** The gazetteer place it resolves to, or -1. */
    int place = -1;

    Toponym(int firstToken, int endToken, int start, int end, int entry, int flags, boolean segment) {
        this.firstToken = firstToken;
        this.endToken = endToken;
        this.start = start;
        this.end = end;
        this.entry = entry;
        this.flags = flags;
        this.segment = segment;
    }

    boolean has(int flag) {
        return NameFlags.has(flags, flag);
    }
}
