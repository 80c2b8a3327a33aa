package io.newswire.tools.gazetteer;

import io.newswire.tagger.places.Gazetteer;
import io.newswire.tagger.places.NameFlags;
import io.newswire.tagger.places.NameKeys;
import io.newswire.tagger.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The names of the gazetteer being built, merged by the key the tagger will look them up under
 * ({@link Gazetteer#nameKey}): "Bogota" and "Bogotá" are one name with the places of both. A name with a usage flag
 * (abbreviation, demonym, state code) comes from the curated lists and takes precedence over the same string
 * among GeoNames' alternate names, whose places it then drops ("US" is the United States, not a village).
 */
final class NameTable {

    private static final int USAGE_FLAGS = NameFlags.ABBREVIATION | NameFlags.DOTTED_STATE | NameFlags.STATE_CODE
            | NameFlags.DEMONYM;

    /** A name and the places it denotes: place index to whether the name is the place's own (primary) name. */
    static final class Entry {
        String name;
        int flags;
        final Map<Integer, Boolean> places = new TreeMap<>();
    }

    private final Tokenizer tokenizer = new Tokenizer();
    private final Map<Long, Entry> entries = new HashMap<>();

    void add(String name, int place, boolean primary, int flags) {
        var tokens = tokenizer.tokenize(name);
        long key = Gazetteer.nameKey(tokens);
        if (key == NameKeys.EMPTY) {
            return;
        }
        Entry entry = entries.get(key);
        if (entry == null) {
            entry = new Entry();
            entry.name = name;
            entry.flags = flags;
            entries.put(key, entry);
        } else {
            boolean flagged = (flags & USAGE_FLAGS) != 0;
            boolean entryFlagged = (entry.flags & USAGE_FLAGS) != 0;
            if (entryFlagged && !flagged) {
                return;
            }
            if (flagged && !entryFlagged) {
                entry.places.clear();
                entry.flags = flags;
                entry.name = name;
            } else {
                entry.flags |= flags;
                if (name.compareTo(entry.name) < 0) {
                    entry.name = name;
                }
            }
        }
        entry.places.merge(place, primary, Boolean::logicalOr);
    }

    /** The entries in a stable order: by name, ties by flags. */
    List<Entry> sorted() {
        List<Entry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparing((Entry e) -> e.name).thenComparingInt(e -> e.flags));
        return sorted;
    }
}
