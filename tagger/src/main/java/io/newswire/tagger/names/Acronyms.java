package io.newswire.tagger.names;

import io.newswire.tagger.text.Tokens;

/** Whether an all-caps token abbreviates a name: "SOHR" spells Syrian Observatory for Human Rights. */
final class Acronyms {

    private Acronyms() {
    }

    /**
     * Whether token {@code acronym} is written in capitals (periods allowed: "N.D.F.") and its letters are the
     * initials of the capitalized words of {@code name}, in order; lower-case words ("for", "of") are skipped.
     */
    static boolean spells(Tokens tokens, int acronym, Name name) {
        if (!tokens.isAllCaps(acronym) || tokens.length(acronym) < 2) {
            return false;
        }
        String text = tokens.text();
        int word = name.firstToken();
        for (int i = tokens.start(acronym); i < tokens.end(acronym); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                continue;
            }
            while (word < name.endToken() && !tokens.isCapitalized(word)) {
                word++;
            }
            if (word == name.endToken() || tokens.firstChar(word) != c) {
                return false;
            }
            word++;
        }
        while (word < name.endToken() && !tokens.isCapitalized(word)) {
            word++;
        }
        return word == name.endToken();
    }
}
