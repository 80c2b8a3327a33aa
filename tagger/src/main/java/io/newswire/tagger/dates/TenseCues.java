package io.newswire.tagger.dates;

import io.newswire.tagger.text.Tokens;

/**
 * Guesses the tense of the clause around an expression from cue words, for expressions that leave their year or
 * week unwritten ("Friday", "in August"). One instance per text, over its looked-up tokens.
 */
final class TenseCues {

    /** How far cues are looked for around an expression, in tokens. */
    private static final int WINDOW = 12;

    private final Lexicon lexicon;
    private final Tokens tokens;
    private final String text;
    private final int[] entries;
    private final int size;

    TenseCues(Lexicon lexicon, Tokens tokens, int[] entries) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.text = tokens.text();
        this.entries = entries;
        this.size = tokens.size();
    }

    /**
     * The tense of the clause around tokens [first, end): the nearest cue before it in its sentence (the verb an
     * adverbial of time belongs to mostly comes first), else the nearest after it. A future cue is a modal or
     * "expected"; a past cue is an auxiliary in the past or a regular past form ("-ed").
     */
    Tense around(int first, int end) {
        for (int left = first - 1; left >= 0 && left >= first - WINDOW && !tokens.isSentenceStart(left + 1); left--) {
            Tense cue = cue(left);
            if (cue != Tense.UNKNOWN) {
                return cue;
            }
        }
        for (int right = end; right < size && right < end + WINDOW && !tokens.isSentenceStart(right); right++) {
            Tense cue = cue(right);
            if (cue != Tense.UNKNOWN) {
                return cue;
            }
        }
        return Tense.UNKNOWN;
    }

    private Tense cue(int t) {
        int entry = entries[t];
        if (lexicon.is(entry, Kind.FUTURE_CUE)) {
            return Tense.FUTURE;
        }
        if (lexicon.is(entry, Kind.PAST_CUE)) {
            return Tense.PAST;
        }
        int start = tokens.start(t);
        int end = tokens.end(t);
        int length = end - start;
        if (length >= 4 && text.charAt(end - 3) == '\'' && text.charAt(end - 2) == 'l' && text.charAt(end - 1) == 'l') {
            return Tense.FUTURE; // "he'll"
        }
        if (length >= 5 && entry == Lexicon.NONE && Character.isLowerCase(text.charAt(start))
                && text.charAt(end - 2) == 'e' && text.charAt(end - 1) == 'd' && text.charAt(end - 3) != 'e'
                && !attributive(t - 1)) {
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }

    /** Whether a "-ed" form after token {@code t} is an adjective or a passive: "the reduced", "is expected". */
    private boolean attributive(int t) {
        return t >= 0 && (is(t, Kind.THE) || is(t, Kind.ARTICLE) || word(t, "is") || word(t, "are")
                || word(t, "be") || word(t, "been") || word(t, "being") || word(t, "its") || word(t, "their"));
    }

    private boolean is(int t, Kind kind) {
        return t >= 0 && t < size && lexicon.is(entries[t], kind);
    }

    private boolean word(int t, String word) {
        return t >= 0 && t < size && tokens.regionMatches(t, word, true);
    }
}
