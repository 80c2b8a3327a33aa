package io.newswire.tagger.places;

import io.newswire.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds gazetteer names in tokens: from every capitalized token, the longest name that the {@link NameIndex}
 * chain of token hashes reaches; and, in hyphenated tokens that are no name as a whole ("UK-based",
 * "Russia-Turkey"), each capitalized part that is one (only major places where every part is a name, as
 * double-barrelled surnames are: "Leigh-Pemberton"). Hashes tokens in place, allocating only for names found.
 */
final class NameMatcher {

    private static final int MAJOR_POPULATION = 100_000;

    private final Gazetteer gazetteer;

    NameMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Toponym> match(Tokens tokens) {
        List<Toponym> found = new ArrayList<>();
        String text = tokens.text();
        int n = tokens.size();
        int maxTokens = gazetteer.maxNameTokens();
        for (int i = 0; i < n; i++) {
            if (!Character.isUpperCase(text.charAt(tokens.start(i)))) {
                continue;
            }
            long key = NameKeys.EMPTY;
            int bestEntry = -1;
            int bestEnd = -1;
            for (int j = i; j < n && j - i < maxTokens; j++) {
                long h = NameKeys.hash(text, tokens.start(j), tokens.end(j));
                if (h == NameKeys.NOTHING) {
                    break;
                }
                key = NameKeys.extend(key, h);
                int value = gazetteer.lookup(key);
                if (value == NameIndex.ABSENT) {
                    break;
                }
                int entry = NameIndex.entry(value);
                if (entry >= 0) {
                    bestEntry = entry;
                    bestEnd = j + 1;
                }
                if (!NameIndex.continues(value)) {
                    break;
                }
            }
            if (bestEntry >= 0) {
                found.add(new Toponym(i, bestEnd, tokens.start(i), tokens.end(bestEnd - 1), bestEntry,
                        gazetteer.nameFlags(bestEntry), false));
                i = bestEnd - 1;
            } else {
                matchSegments(tokens, i, found);
            }
        }
        return found;
    }

    /**
     * Capitalized parts of a hyphenated token that are names, when every other part is lower case or a name too:
     * "UK-based", "Russia-Turkey", but not "France-Presse" or "Jean-Vivien".
     */
    private void matchSegments(Tokens tokens, int token, List<Toponym> found) {
        String text = tokens.text();
        int start = tokens.start(token);
        int end = tokens.end(token);
        int parts = 1;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '-') {
                parts++;
            }
        }
        if (parts == 1) {
            return;
        }
        int[] from = new int[parts];
        int[] to = new int[parts];
        int[] entries = new int[parts];
        int p = 0;
        from[0] = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '-') {
                to[p] = i;
                entries[p] = to[p] > from[p] && Character.isUpperCase(text.charAt(from[p]))
                        ? entryOf(text, from[p], to[p]) : -1;
                if (++p < parts) {
                    from[p] = i + 1;
                }
            }
        }
        boolean allNames = true;
        for (int k = 0; k < parts; k++) {
            allNames &= entries[k] >= 0;
        }
        for (int k = 0; k < parts; k++) {
            if (entries[k] < 0 || allNames && !isMajor(entries[k])) {
                continue; // "Leigh-Pemberton" is a surname; "Russia-Turkey" are places
            }
            boolean othersFit = true;
            for (int o = 0; o < parts && othersFit; o++) {
                othersFit = o == k || entries[o] >= 0 || to[o] > from[o] && Character.isLowerCase(text.charAt(from[o]));
            }
            if (othersFit) {
                found.add(new Toponym(token, token + 1, from[k], to[k], entries[k], gazetteer.nameFlags(entries[k]), true));
            }
        }
    }

    /** Whether a name may denote a country, continent, region, first-level division or a city of 100,000. */
    private boolean isMajor(int entry) {
        for (int k = 0; k < gazetteer.refCount(entry); k++) {
            int place = gazetteer.refPlace(entry, k);
            PlaceKind kind = gazetteer.kind(place);
            if (kind != PlaceKind.CITY && kind != PlaceKind.ADMIN2 || gazetteer.population(place) >= MAJOR_POPULATION) {
                return true;
            }
        }
        return false;
    }

    private int entryOf(String text, int from, int to) {
        int value = gazetteer.lookup(NameKeys.extend(NameKeys.EMPTY, NameKeys.hash(text, from, to)));
        return value == NameIndex.ABSENT ? -1 : NameIndex.entry(value);
    }
}
