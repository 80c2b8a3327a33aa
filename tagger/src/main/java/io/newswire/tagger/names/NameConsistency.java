package io.newswire.tagger.names;

import io.newswire.tagger.text.Tokens;

/**
 * One name, one reading per text. The model decides each sentence alone; this carries its readings across
 * them: a repeated name takes the type most of its occurrences have, and a capitalized word the model left
 * outside any name is tagged when the same text tags it elsewhere as a one-word name, or uses it as the last
 * word of a person's full name ("Vladimir Putin" ... "Putin").
 */
final class NameConsistency {

    private NameConsistency() {
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
