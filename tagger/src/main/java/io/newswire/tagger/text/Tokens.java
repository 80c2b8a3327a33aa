package io.newswire.tagger.text;

/**
 * The tokens of one text: parallel arrays of UTF-16 offsets into {@link #text()}, end exclusive, and the index
 * of the first token of each sentence. Built once per article by {@link Tokenizer} and shared by every tagger
 * stage, so the text is scanned once.
 */
public final class Tokens {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] sentenceStarts;
    private final int size;

    Tokens(String text, int[] starts, int[] ends, boolean[] sentenceStarts, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.sentenceStarts = sentenceStarts;
        this.size = size;
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    public int length(int token) {
        return ends[token] - starts[token];
    }

    /** The token's text; allocates, so hot paths compare through {@link #regionMatches} instead. */
    public String token(int token) {
        return text.substring(starts[token], ends[token]);
    }

    public char firstChar(int token) {
        return text.charAt(starts[token]);
    }

    public boolean isSentenceStart(int token) {
        return sentenceStarts[token];
    }

    public boolean regionMatches(int token, String word, boolean ignoreCase) {
        return length(token) == word.length() && text.regionMatches(ignoreCase, starts[token], word, 0, word.length());
    }

    /** Whether the token starts with an upper-case letter. */
    public boolean isCapitalized(int token) {
        return Character.isUpperCase(text.charAt(starts[token]));
    }

    /** Whether every letter of the token is upper case and it has at least one. */
    public boolean isAllCaps(int token) {
        boolean letter = false;
        for (int i = starts[token]; i < ends[token]; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
