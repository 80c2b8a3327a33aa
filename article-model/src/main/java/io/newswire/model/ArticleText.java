package io.newswire.model;

/**
 * The characters an article field may hold, one rule for every stage: no control characters except tab and line
 * breaks, and no unpaired surrogates (neither survives JSON and indexing faithfully).
 */
public final class ArticleText {

    private ArticleText() {
    }

    /** What is wrong with the value, e.g. "control character U+0000 at 5", or {@code null} when nothing is. */
    public static String forbiddenCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return "control character U+%04X at %d".formatted((int) c, i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "an unpaired surrogate at " + i;
            }
        }
        return null;
    }
}
