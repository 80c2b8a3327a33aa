package io.newswire.tagger.names;

import io.newswire.tagger.text.Tokens;

/**
 * One name, one reading per text. The model decides each sentence alone; this carries its readings across
 * them: a repeated name takes the type most of its occurrences have, a one-word place or organization name that
 * is the surname of a person named in full in the same text is that person ("Valeska Paris" ... "Paris claims"),
 * a one-word name set off after a noun naming organizations is one ("the news agency, Amaq,"), and a
 * capitalized word the model left outside any name is tagged when the same text tags it elsewhere as a
 * one-word name, or uses it as the last word of a person's full name ("Vladimir Putin" ... "Putin").
 */
final class NameConsistency {

    /** Words before a name that make it a place whatever else the text calls it: "in Paris", "from Jordan". */
    private static final WordList LOCATIVES = WordList.of("in", "at", "from", "to", "near", "into");

    private NameConsistency() {
    }

    /**
     * Makes persons of the one-word location and organization names that repeat the last word of a person's full
     * name in the text, unless a locative word precedes them ("Michael Jordan" ... "in Jordan").
     */
    static void retypeSurnames(Tokens tokens, int[] labels) {
        int n = labels.length;
        String text = tokens.text();
        HashedClasses surnames = null;
        int person = NameLabel.begin(NameType.PERSON);
        for (int i = 0; i < n; i++) {
            if (labels[i] != person || i + 1 >= n || !NameLabel.isInside(labels[i + 1])) {
                continue;
            }
            int last = i + 1;
            while (last + 1 < n && NameLabel.isInside(labels[last + 1])) {
                last++;
            }
            if (surnames == null) {
                surnames = new HashedClasses(n);
            }
            surnames.add(WordHash.exact(text, tokens.start(last), tokens.end(last)), 1);
            i = last;
        }
        if (surnames != null) {
            retypeOneWordNames(tokens, labels, surnames, person, true);
        }
    }

    /**
     * Makes organizations of the one-word names set off after a noun that names organizations ("a news agency,
     * Amaq, reported"), and of every other occurrence of the same word as a one-word name.
     */
    static void retypeAppositives(Tokens tokens, NameFeatures features, int[] labels) {
        int n = labels.length;
        String text = tokens.text();
        HashedClasses organizations = null;
        int organization = NameLabel.begin(NameType.ORGANIZATION);
        for (int i = 2; i < n; i++) {
            if (isOneWordName(labels, i) && labels[i] != organization && tokens.regionMatches(i - 1, ",", false)
                    && !tokens.isCapitalized(i - 2)
                    && (features.wordClasses(i - 2) & WordClass.ORGANIZATION_WORD.bit()) != 0) {
                if (organizations == null) {
                    organizations = new HashedClasses(n);
                }
                organizations.add(WordHash.exact(text, tokens.start(i), tokens.end(i)), 1);
            }
        }
        if (organizations != null) {
            retypeOneWordNames(tokens, labels, organizations, organization, false);
        }
    }

    /** Gives label {@code begin} to the one-word names whose word is in {@code words}, or only those after no locative. */
    private static void retypeOneWordNames(Tokens tokens, int[] labels, HashedClasses words, int begin,
                                           boolean sparePlaces) {
        String text = tokens.text();
        for (int i = 0; i < labels.length; i++) {
            if (isOneWordName(labels, i) && words.get(WordHash.exact(text, tokens.start(i), tokens.end(i))) != 0
                    && !(sparePlaces && LOCATIVES.contains(tokens, i - 1))) {
                labels[i] = begin;
            }
        }
    }

    private static boolean isOneWordName(int[] labels, int i) {
        return NameLabel.isBegin(labels[i]) && (i + 1 == labels.length || !NameLabel.isInside(labels[i + 1]));
    }

    /** Gives every name of the text the type most occurrences of the same words have. */
    static void unifyTypes(Tokens tokens, int[] labels) {
        int n = labels.length;
        String text = tokens.text();
        HashedClasses index = new HashedClasses(n);
        int types = NameType.values().length;
        int[] counts = new int[n * types];
        int[] slot = new int[n];
        int next = 0;
        for (int i = 0; i < n; i++) {
            slot[i] = -1;
            if (!NameLabel.isBegin(labels[i])) {
                continue;
            }
            long h = WordHash.START;
            for (int j = i; j == i || j < n && NameLabel.isInside(labels[j]); j++) {
                h = WordHash.extend(h, WordHash.exact(text, tokens.start(j), tokens.end(j)));
            }
            int k = index.get(h) - 1;
            if (k < 0) {
                k = next++;
                index.add(h, k + 1);
            }
            slot[i] = k;
            counts[k * types + NameLabel.type(labels[i]).ordinal()]++;
        }
        for (int i = 0; i < n; i++) {
            if (slot[i] < 0) {
                continue;
            }
            int k = slot[i];
            int best = NameLabel.type(labels[i]).ordinal();
            for (int t = 0; t < types; t++) {
                if (counts[k * types + t] > counts[k * types + best]) {
                    best = t;
                }
            }
            NameType type = NameType.values()[best];
            labels[i] = NameLabel.begin(type);
            for (int j = i + 1; j < n && NameLabel.isInside(labels[j]); j++) {
                labels[j] = NameLabel.inside(type);
            }
        }
    }

    /** Tags, in {@code labels}, the outside tokens that repeat a one-word name of the text, dates excepted. */
    static void propagate(Tokens tokens, int[] labels, boolean[] inDates) {
        int n = labels.length;
        HashedClasses known = null;
        String text = tokens.text();
        for (int i = 0; i < n; i++) {
            if (labels[i] == NameLabel.OUTSIDE || !NameLabel.isBegin(labels[i])) {
                continue;
            }
            int end = i + 1;
            while (end < n && labels[end] == labels[i] + 1) {
                end++;
            }
            NameType type = NameLabel.type(labels[i]);
            int word = -1;
            if (end - i == 1) {
                word = i;
            } else if (type == NameType.PERSON) {
                word = end - 1;
            }
            if (word >= 0 && type != NameType.LOCATION && tokens.isCapitalized(word)) {
                if (known == null) {
                    known = new HashedClasses(n);
                }
                known.add(WordHash.exact(text, tokens.start(word), tokens.end(word)), 1 << type.ordinal());
            }
        }
        if (known == null) {
            return;
        }
        for (int i = 0; i < n; i++) {
            if (labels[i] != NameLabel.OUTSIDE || !tokens.isCapitalized(i) || inDates != null && inDates[i]) {
                continue;
            }
            // A capitalized word that only opens the sentence ("The WHO said") does not join the token.
            boolean isolated = (i == 0 || tokens.isSentenceStart(i) || !tokens.isCapitalized(i - 1)
                    || tokens.isSentenceStart(i - 1) && labels[i - 1] == NameLabel.OUTSIDE)
                    && (i + 1 == n || tokens.isSentenceStart(i + 1) || !tokens.isCapitalized(i + 1));
            int types = known.get(WordHash.exact(text, tokens.start(i), tokens.end(i)));
            if (isolated && Integer.bitCount(types) == 1) {
                labels[i] = NameLabel.begin(NameType.values()[Integer.numberOfTrailingZeros(types)]);
            }
        }
    }
}
