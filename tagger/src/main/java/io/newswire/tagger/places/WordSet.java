package io.newswire.tagger.places;

import io.newswire.tagger.text.Tokens;
import java.util.Arrays;

/** A set of words held as sorted {@link NameKeys} hashes, so that a token is looked up without allocating. */
final class WordSet {

    private final long[] hashes;

    private WordSet(long[] hashes) {
        this.hashes = hashes;
    }

    /** A set of the given words (folded as {@link NameKeys} folds). */
    static WordSet of(String... words) {
        long[] hashes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            hashes[i] = NameKeys.hash(words[i], 0, words[i].length());
        }
        return ofHashes(hashes);
    }

    static WordSet ofHashes(long[] hashes) {
        long[] sorted = hashes.clone();
        Arrays.sort(sorted);
        return new WordSet(sorted);
    }

    boolean contains(long hash) {
        return Arrays.binarySearch(hashes, hash) >= 0;
    }

    boolean contains(Tokens tokens, int token) {
        return token >= 0 && token < tokens.size()
                && contains(NameKeys.hash(tokens.text(), tokens.start(token), tokens.end(token)));
    }
}
