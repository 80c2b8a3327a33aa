package io.newswire.tagger.names;

import io.newswire.tagger.text.Tokens;

/**
 * Corrections of the model's name spans that follow from how names are written, applied before the names of a
 * text are made consistent: titles and hyphenated adjectives are not part of names ("President Barack Obama",
 * "UK-based Syrian Observatory") unless the title names its holder by the office ("Governor of Virginia"); an
 * acronym in parentheses is the name whose initials it spells ("Syrian Observatory for Human Rights (SOHR)"),
 * which the model often cuts short at "for".
 */
final class NameRules {

    /** Words that open place names: "River Ouse", "Lake Erie", "Mount Kenya", "Port Hutt", "Fort Detrick". */
    private static final WordList PLACE_OPENERS = WordList.of("river", "lake", "mount", "mt.", "port", "fort", "cape",
            "isle");

    /** How far back from "(ACRONYM)" the words it abbreviates may start. */
    private static final int LONGEST_EXPANSION = 12;

    private NameRules() {
    }

    static void apply(Tokens tokens, NameFeatures features, int[] labels) {
        for (int i = 0; i + 1 < labels.length; i++) {
            while (NameLabel.isBegin(labels[i]) && NameLabel.isInside(labels[i + 1])
                    && (isHyphenatedAdjective(tokens, i) || NameLabel.type(labels[i]) == NameType.PERSON
                    && (features.wordClasses(i) & WordClass.TITLE.bit()) != 0 && namesSomeoneAfter(tokens, features, labels, i))) {
                labels[i + 1] = labels[i];
                labels[i++] = NameLabel.OUTSIDE;
            }
        }
        expandAcronyms(tokens, labels);
        retypeByHead(tokens, features, labels);
    }

    /**
     * A person name ending in a word that heads place or organization names is one of those ("Crawford
     * County", "Health Ministry"), as is one of several words opening with a word that opens place names ("River
     * Ouse"); one ending in a title names no one ("Health Minister").
     */
    private static void retypeByHead(Tokens tokens, NameFeatures features, int[] labels) {
        int person = NameLabel.begin(NameType.PERSON);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != person) {
                continue;
            }
            int end = i + 1;
            while (end < labels.length && NameLabel.isInside(labels[end])) {
                end++;
            }
            int head = features.wordClasses(end - 1);
            boolean placeOpener = end - i > 1 && PLACE_OPENERS.contains(tokens, i);
            NameType type = placeOpener || (head & WordClass.PLACE_WORD.bit()) != 0 ? NameType.LOCATION
                    : (head & WordClass.ORGANIZATION_WORD.bit()) != 0 ? NameType.ORGANIZATION : NameType.PERSON;
            boolean title = end - i > 1 && (head & WordClass.TITLE.bit()) != 0;
            for (int k = i; k < end; k++) {
                labels[k] = title ? NameLabel.OUTSIDE : k == i ? NameLabel.begin(type) : NameLabel.inside(type);
            }
            i = end - 1;
        }
    }

    /**
     * Whether the name continues after its title {@code title} with words of a name proper: "President Barack
     * Obama" does, "Governor of Virginia" and "Madam Speaker" name their holder by the office alone.
     */
    private static boolean namesSomeoneAfter(Tokens tokens, NameFeatures features, int[] labels, int title) {
        if (!tokens.isCapitalized(title + 1)) {
            return false;
        }
        for (int k = title + 1; k < labels.length && NameLabel.isInside(labels[k]); k++) {
            if ((features.wordClasses(k) & WordClass.TITLE.bit()) == 0) {
                return true;
            }
        }
        return false;
    }

    /** "UK-based", "Russian-backed": a capitalized word joined by a hyphen to a lower-case one. */
    private static boolean isHyphenatedAdjective(Tokens tokens, int token) {
        String text = tokens.text();
        int hyphen = text.lastIndexOf('-', tokens.end(token) - 1);
        return hyphen > tokens.start(token) && hyphen + 1 < tokens.end(token)
                && Character.isLowerCase(text.charAt(hyphen + 1));
    }

    /**
     * For each "( ACRONYM )" whose letters are the initials of the capitalized words just before it, among which
     * the model found a name, tags those words as one name and the acronym as a name of the same type.
     */
    private static void expandAcronyms(Tokens tokens, int[] labels) {
        int n = labels.length;
        for (int a = 2; a + 1 < n; a++) {
            if (!tokens.regionMatches(a - 1, "(", false) || !tokens.regionMatches(a + 1, ")", false)
                    || tokens.length(a) < 2 || !tokens.isAllCaps(a)) {
                continue;
            }
            int end = a - 1;
            for (int start = end - 1; start >= Math.max(0, end - LONGEST_EXPANSION); start--) {
                if (tokens.isCapitalized(start) && Acronyms.spells(tokens, a, new Name(start, end, NameType.PERSON))) {
                    NameType type = typeOver(labels, start, end);
                    if (type == null) {
                        break; // a term ("Compact Fluorescent Light (CFL)"), not a name
                    }
                    clearOverlaps(labels, start, end);
                    labels[start] = NameLabel.begin(type);
                    for (int k = start + 1; k < end; k++) {
                        labels[k] = NameLabel.inside(type);
                    }
                    labels[a] = NameLabel.begin(type);
                    break;
                }
            }
        }
    }

    /** The type of the first name the model found among tokens {@code [start, end)}, or null. */
    private static NameType typeOver(int[] labels, int start, int end) {
        for (int k = start; k < end; k++) {
            if (labels[k] != NameLabel.OUTSIDE) {
                return NameLabel.type(labels[k]);
            }
        }
        return null;
    }

    /** Removes the names overlapping {@code [start, end)}, also their parts outside it. */
    private static void clearOverlaps(int[] labels, int start, int end) {
        int first = start;
        while (first > 0 && NameLabel.isInside(labels[first])) {
            first--;
        }
        int last = end;
        while (last < labels.length && NameLabel.isInside(labels[last])) {
            last++;
        }
        for (int k = first; k < last; k++) {
            labels[k] = NameLabel.OUTSIDE;
        }
    }
}
