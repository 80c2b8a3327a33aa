package io.newswire.tagger.names;

import io.newswire.tagger.text.Tokens;

/**
 * The features of each token of one text, hashed into {@code [0, 2^bits)}: the words around it, their shapes,
 * affixes, lexicon classes and phrase matches, and how the word is written elsewhere in the same text (a word
 * seen in lower case elsewhere is rarely a name when capitalized at a sentence start). Built once per text;
 * {@link #features} then writes one token's features into a caller's buffer without allocating.
 */
public final class NameFeatures {

    private static final long BOUNDARY = 0x5bd1e9955bd1e995L;
    private static final int CLASS_COUNT = WordClass.values().length;

    /**
     * How many of a token's features, written first, name the word itself rather than its shape, lexicon
     * classes or context: the trainer hides them at random so the model learns to tag words it has not seen.
     */
    public static final int WORD_FEATURES = 4;

    /** The most features one token can have: 18 single ones and up to 6 sets of class features. */
    public static final int MAX_FEATURES = 18 + 6 * CLASS_COUNT;

    // Templates: each feature is (template, value) hashed together. The numbers are part of the trained model.
    private static final int BIAS = 1, WORD = 2, EXACT = 3, PREV = 4, NEXT = 5,
            PREV_WORD = 8, WORD_NEXT = 9, SHAPE = 10, PREV_SHAPE = 11, NEXT_SHAPE = 12, SHAPES = 13,
            SUFFIX = 14, PREFIX = 15, SHAPE_START = 16, CLASS = 17, PREV_CLASS = 18, NEXT_CLASS = 19,
            PHRASE_BEGIN = 20, PHRASE_INSIDE = 21, CASE_ELSEWHERE = 22, PREV_WORD_SHAPE = 23, SHAPE_NEXT_WORD = 24,
            SUFFIX4 = 25, PHRASE_END = 26;

    private final Tokens tokens;
    private final int bits;
    private final int size;
    private final long[] words;
    private final long[] shapes;
    private final int[] classes;
    private final int[] phraseBegin;
    private final int[] phraseInside;
    private final int[] phraseEnd;
    private final byte[] caseElsewhere;

    private NameFeatures(Tokens tokens, NameLexicon lexicon, int bits) {
        this.tokens = tokens;
        this.bits = bits;
        this.size = tokens.size();
        words = new long[size];
        shapes = new long[size];
        classes = new int[size];
        phraseBegin = new int[size];
        phraseInside = new int[size];
        phraseEnd = new int[size];
        caseElsewhere = new byte[size];
        String text = tokens.text();
        for (int i = 0; i < size; i++) {
            words[i] = WordHash.lower(text, tokens.start(i), tokens.end(i));
            shapes[i] = shape(text, tokens.start(i), tokens.end(i));
            classes[i] = lexicon.wordClasses(words[i]);
        }
        matchPhrases(lexicon);
        markCaseElsewhere();
    }

    /** Computes the per-token data of {@code tokens}; features are hashed into {@code 2^bits} buckets. */
    public static NameFeatures of(Tokens tokens, NameLexicon lexicon, int bits) {
        return new NameFeatures(tokens, lexicon, bits);
    }

    public int size() {
        return size;
    }

    /** The lexicon's {@link WordClass} bits of the token's word. */
    public int wordClasses(int token) {
        return classes[token];
    }

    public boolean isSentenceStart(int token) {
        return tokens.isSentenceStart(token);
    }

    /** Writes the feature buckets of token {@code i} into {@code out} and returns how many there are. */
    public int features(int i, int[] out) {
        int n = 0;
        boolean first = tokens.isSentenceStart(i);
        boolean last = i + 1 == size || tokens.isSentenceStart(i + 1);
        long prev = first ? BOUNDARY : words[i - 1];
        long next = last ? BOUNDARY : words[i + 1];
        long prevShape = first ? BOUNDARY : shapes[i - 1];
        long nextShape = last ? BOUNDARY : shapes[i + 1];
        long word = words[i];
        long shape = shapes[i];
        int start = tokens.start(i);
        int end = tokens.end(i);
        String text = tokens.text();

        // The word's own identity first: see WORD_FEATURES.
        out[n++] = bucket(WORD, word);
        out[n++] = bucket(EXACT, WordHash.exact(text, start, end));
        out[n++] = bucket(PREV_WORD, prev * 31 + word);
        out[n++] = bucket(WORD_NEXT, word * 31 + next);
        out[n++] = bucket(BIAS, 0);
        out[n++] = bucket(PREV, prev);
        out[n++] = bucket(NEXT, next);
        out[n++] = bucket(SHAPE, shape);
        out[n++] = bucket(PREV_SHAPE, prevShape);
        out[n++] = bucket(NEXT_SHAPE, nextShape);
        out[n++] = bucket(SHAPES, (prevShape * 31 + shape) * 31 + nextShape);
        out[n++] = bucket(SUFFIX, WordHash.lower(text, Math.max(start, end - 3), end));
        out[n++] = bucket(SUFFIX4, WordHash.lower(text, Math.max(start, end - 4), end));
        out[n++] = bucket(PREFIX, WordHash.lower(text, start, Math.min(end, start + 3)));
        out[n++] = bucket(SHAPE_START, shape * 2 + (first ? 1 : 0));
        out[n++] = bucket(PREV_WORD_SHAPE, prev * 31 + shape);
        out[n++] = bucket(SHAPE_NEXT_WORD, shape * 31 + next);
        out[n++] = bucket(CASE_ELSEWHERE, caseElsewhere[i] * 8 + (first ? 4 : 0) + (tokens.isCapitalized(i) ? 2 : 0));
        int capital = tokens.isCapitalized(i) ? 1 : 0;
        n = classFeatures(CLASS, classes[i], capital, out, n);
        n = classFeatures(PREV_CLASS, first ? 0 : classes[i - 1], capital, out, n);
        n = classFeatures(NEXT_CLASS, last ? 0 : classes[i + 1], capital, out, n);
        n = classFeatures(PHRASE_BEGIN, phraseBegin[i], 0, out, n);
        n = classFeatures(PHRASE_INSIDE, phraseInside[i], 0, out, n);
        n = classFeatures(PHRASE_END, phraseEnd[i], 0, out, n);
        return n;
    }

    private int classFeatures(int template, int classBits, int capital, int[] out, int n) {
        for (int c = 0; c < CLASS_COUNT; c++) {
            if ((classBits & (1 << c)) != 0) {
                out[n++] = bucket(template, c * 2 + capital);
            }
        }
        return n;
    }

    private int bucket(int template, long value) {
        return (int) (WordHash.mix(value + template * 0x9e3779b97f4a7c15L) >>> (64 - bits));
    }

    /** Marks the tokens of the longest lexicon phrase starting at each token, left to right. */
    private void matchPhrases(NameLexicon lexicon) {
        int longest = lexicon.longestPhrase();
        int i = 0;
        while (i < size) {
            long h = WordHash.extend(WordHash.START, words[i]);
            int matchEnd = -1;
            int matchClasses = 0;
            for (int j = i + 1; j < size && j - i < longest && !tokens.isSentenceStart(j); j++) {
                h = WordHash.extend(h, words[j]);
                int c = lexicon.phraseClasses(h);
                if (c != 0) {
                    matchEnd = j + 1;
                    matchClasses = c;
                }
            }
            if (matchEnd < 0) {
                i++;
                continue;
            }
            phraseBegin[i] = matchClasses;
            for (int k = i + 1; k < matchEnd - 1; k++) {
                phraseInside[k] = matchClasses;
            }
            phraseEnd[matchEnd - 1] = matchClasses;
            i = matchEnd;
        }
    }

    /**
     * For each token, whether its word also occurs in lower case (bit 0) or capitalized inside a sentence (bit 1)
     * elsewhere in the text. Counts are kept per word at the index of its first occurrence.
     */
    private void markCaseElsewhere() {
        HashedClasses firstOccurrence = new HashedClasses(size);
        int[] first = new int[size];
        int[] lower = new int[size];
        int[] capitalMid = new int[size];
        for (int i = 0; i < size; i++) {
            int f = firstOccurrence.get(words[i]) - 1;
            if (f < 0) {
                firstOccurrence.add(words[i], i + 1);
                f = i;
            }
            first[i] = f;
            int c = caseOf(i);
            if (c == LOWER) {
                lower[f]++;
            } else if (c == CAPITAL_MID) {
                capitalMid[f]++;
            }
        }
        for (int i = 0; i < size; i++) {
            int c = caseOf(i);
            int f = first[i];
            boolean lowerElsewhere = lower[f] - (c == LOWER ? 1 : 0) > 0;
            boolean capitalElsewhere = capitalMid[f] - (c == CAPITAL_MID ? 1 : 0) > 0;
            caseElsewhere[i] = (byte) ((lowerElsewhere ? 1 : 0) | (capitalElsewhere ? 2 : 0));
        }
    }

    private static final int LOWER = 0, OTHER = 1, CAPITAL_MID = 2;

    private int caseOf(int i) {
        if (!Character.isLetter(tokens.firstChar(i))) {
            return OTHER;
        }
        if (!tokens.isCapitalized(i)) {
            return LOWER;
        }
        return tokens.isSentenceStart(i) ? OTHER : CAPITAL_MID;
    }

    /**
     * The word's shape, hashed: upper-case letters map to X, lower-case to x, digits to d, other characters to
     * themselves; runs collapse ("Putin" Xx, "al-Asaad" x-Xx, "U.S." X.X.), all-caps words keep a length class.
     */
    static long shape(String text, int start, int end) {
        long h = 17;
        char previous = 0;
        boolean allCaps = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            char k;
            if (Character.isUpperCase(c)) {
                k = 'X';
            } else if (Character.isLowerCase(c)) {
                k = 'x';
                allCaps = false;
            } else if (Character.isDigit(c)) {
                k = 'd';
                allCaps = false;
            } else if (Character.isLetter(c)) {
                k = 'x';
                allCaps = false;
            } else {
                k = c;
            }
            if (k != previous) {
                h = h * 131 + k;
                previous = k;
            }
        }
        if (allCaps) {
            h = h * 131 + Math.min(end - start, 5);
        }
        return h;
    }
}
