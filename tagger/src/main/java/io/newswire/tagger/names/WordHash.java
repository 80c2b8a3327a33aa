package io.newswire.tagger.names;

/**
 * 64-bit hashes of words and word sequences, computed straight from the text so that looking a token up in a
 * lexicon or a feature table allocates nothing. The same functions hash the lexicon's entries when it is built.
 */
public final class WordHash {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private WordHash() {
    }

    /** FNV-1a over the lower-cased characters {@code [start, end)} of {@code text}. */
    public static long lower(CharSequence text, int start, int end) {
        long h = OFFSET;
        for (int i = start; i < end; i++) {
            h ^= Character.toLowerCase(text.charAt(i));
            h *= PRIME;
        }
        return h;
    }

    /** FNV-1a over the characters {@code [start, end)} as written. */
    public static long exact(CharSequence text, int start, int end) {
        long h = OFFSET;
        for (int i = start; i < end; i++) {
            h ^= text.charAt(i);
            h *= PRIME;
        }
        return h;
    }

    public static long lower(String word) {
        return lower(word, 0, word.length());
    }

    /** The hash of a phrase extended by one more word; a phrase of one word is {@code extend(START, word)}. */
    public static long extend(long phrase, long word) {
        return mix(phrase * 31 + word);
    }

    /** The seed of {@link #extend}. */
    public static final long START = 0x9e3779b97f4a7c15L;

    /** A finalizer (from SplitMix64) spreading the bits of a combined value. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
