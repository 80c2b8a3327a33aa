package io.newswire.tagger.dates;

/**
 * Reads the numbers of temporal expressions from a region of the text, in place: digits ("10", "1990"),
 * ordinals ("10th", "eighth"), words and hyphenated words ("forty", "ninety-six").
 */
final class NumberReader {

    /** Returned when a region is not a number of the asked form. */
    static final int NONE = -1;

    private final Lexicon lexicon;

    NumberReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The value of a region of ASCII digits, at most nine of them. */
    static int digits(CharSequence text, int start, int end) {
        if (end <= start || end - start > 9) {
            return NONE;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NONE;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** "1st", "22nd", "10th": digits followed by an English ordinal suffix. */
    static int ordinalDigits(CharSequence text, int start, int end) {
        if (end - start < 3) {
            return NONE;
        }
        int value = digits(text, start, end - 2);
        if (value == NONE) {
            return NONE;
        }
        char a = Character.toLowerCase(text.charAt(end - 2));
        char b = Character.toLowerCase(text.charAt(end - 1));
        boolean suffix = a == 't' && b == 'h' || a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd';
        return suffix ? value : NONE;
    }

    /** A cardinal written in words, possibly hyphenated ("twenty-five"). */
    int word(CharSequence text, int start, int end) {
        int entry = lexicon.lookup(text, start, end);
        if (lexicon.is(entry, Kind.NUMBER)) {
            return lexicon.number(entry, Kind.NUMBER);
        }
        int hyphen = indexOf(text, start, end, '-');
        if (hyphen < 0) {
            return NONE;
        }
        int tens = lexicon.lookup(text, start, hyphen);
        int ones = lexicon.lookup(text, hyphen + 1, end);
        if (!lexicon.is(tens, Kind.NUMBER) || !lexicon.is(ones, Kind.NUMBER)) {
            return NONE;
        }
        int t = lexicon.number(tens, Kind.NUMBER);
        int o = lexicon.number(ones, Kind.NUMBER);
        return t >= 20 && t <= 90 && t % 10 == 0 && o >= 1 && o <= 9 ? t + o : NONE;
    }

    /** A cardinal in digits or in words. */
    int cardinal(CharSequence text, int start, int end) {
        int value = digits(text, start, end);
        return value != NONE ? value : word(text, start, end);
    }

    /** An ordinal in digits ("10th") or a word ("eighth"). */
    int ordinal(CharSequence text, int start, int end) {
        int value = ordinalDigits(text, start, end);
        if (value != NONE) {
            return value;
        }
        int entry = lexicon.lookup(text, start, end);
        return lexicon.is(entry, Kind.ORDINAL) ? lexicon.number(entry, Kind.ORDINAL) : NONE;
    }

    static int indexOf(CharSequence text, int start, int end, char c) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
