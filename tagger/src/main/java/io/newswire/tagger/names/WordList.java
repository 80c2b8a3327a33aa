package io.newswire.tagger.names;

import io.newswire.tagger.text.Tokens;
import java.util.Arrays;

/** A small closed list of words, held as sorted {@link WordHash#lower} hashes so that a token is looked up without allocating. */
final class WordList {

    private final long[] hashes;

    private WordList(String... words) {
        hashes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            hashes[i] = WordHash.lower(words[i]);
        }
        Arrays.sort(hashes);
    }

    static WordList of(String... words) {
        return new WordList(words);
    }

    /** Whether the token, in any case, is one of the words. */
    boolean contains(Tokens tokens, int token) {
        return token >= 0 && token < tokens.size()
                && Arrays.binarySearch(hashes, WordHash.lower(tokens.text(), tokens.start(token), tokens.end(token))) >= 0;
    }
}
