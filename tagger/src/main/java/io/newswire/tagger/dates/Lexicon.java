package io.newswire.tagger.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of temporal expressions and what each contributes ({@link Kind} and a value), read once from
 * {@code lexicon.tsv}. Lookups hash a region of the text in place, ignoring case, so tagging allocates nothing
 * per token.
 */
final class Lexicon {

    /** Returned by {@link #lookup} for a word that is not in the lexicon. */
    static final int NONE = -1;

    private static final int KINDS = Kind.values().length;

    private final String[] keys;
    private final int[] entryOfSlot;
    private final int mask;
    /** Per entry, a bit per {@link Kind} the word has. */
    private final int[] kinds;
    /** Per entry and kind, the value: numbers as ints, names as an index into {@link #names}. */
    private final int[] values;
    private final String[] names;
    /** The {@link Unit} each name stands for, or null: resolved once so lookups need no string hashing. */
    private final Unit[] unitOfName;

    private Lexicon(List<String> words, List<int[]> kindValues, String[] names) {
        int size = words.size();
        int slots = Integer.highestOneBit(Math.max(16, size * 3)) << 1;
        this.mask = slots - 1;
        this.keys = new String[slots];
        this.entryOfSlot = new int[slots];
        this.kinds = new int[size];
        this.values = new int[size * KINDS];
        this.names = names;
        this.unitOfName = new Unit[names.length];
        for (Unit unit : Unit.values()) {
            int index = Arrays.asList(names).indexOf(unit.name());
            if (index >= 0) {
                unitOfName[index] = unit;
            }
        }
        for (int entry = 0; entry < size; entry++) {
            String word = words.get(entry);
            int slot = hash(word, 0, word.length()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = word;
            entryOfSlot[slot] = entry;
            int[] kv = kindValues.get(entry);
            for (int k = 0; k < KINDS; k++) {
                if (kv[k] != Integer.MIN_VALUE) {
                    kinds[entry] |= 1 << k;
                    values[entry * KINDS + k] = kv[k];
                }
            }
        }
    }

    /** Reads {@code lexicon.tsv} from this package's resources. */
    static Lexicon load() {
        try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("lexicon.tsv missing from the classpath");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Lexicon read(BufferedReader reader) throws IOException {
        Map<String, int[]> entries = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 3) {
                throw new IllegalStateException("lexicon.tsv: expected word, kind and value: " + line);
            }
            int[] kv = entries.computeIfAbsent(fields[0].toLowerCase(Locale.ROOT), w -> {
                int[] empty = new int[KINDS];
                Arrays.fill(empty, Integer.MIN_VALUE);
                return empty;
            });
            kv[Kind.valueOf(fields[1]).ordinal()] = parseValue(fields[2], names);
        }
        return new Lexicon(new ArrayList<>(entries.keySet()), new ArrayList<>(entries.values()),
                names.toArray(String[]::new));
    }

    private static int parseValue(String value, List<String> names) {
        char first = value.charAt(0);
        if (first == '-' || Character.isDigit(first)) {
            return Integer.parseInt(value);
        }
        int index = names.indexOf(value);
        if (index < 0) {
            names.add(value);
            index = names.size() - 1;
        }
        return index;
    }

    /** The entry of {@code text[start, end)} ignoring case, or {@link #NONE}. */
    int lookup(CharSequence text, int start, int end) {
        int slot = hash(text, start, end) & mask;
        int length = end - start;
        String key;
        while ((key = keys[slot]) != null) {
            if (key.length() == length && equalsIgnoreCase(key, text, start)) {
                return entryOfSlot[slot];
            }
            slot = (slot + 1) & mask;
        }
        return NONE;
    }

    boolean is(int entry, Kind kind) {
        return entry != NONE && (kinds[entry] & (1 << kind.ordinal())) != 0;
    }

    /** The number a word stands for under {@code kind}; only meaningful when {@link #is} holds. */
    int number(int entry, Kind kind) {
        return values[entry * KINDS + kind.ordinal()];
    }

    /** The name a word stands for under {@code kind} ("DAY", "SU", "PAST_REF"). */
    String name(int entry, Kind kind) {
        return names[values[entry * KINDS + kind.ordinal()]];
    }

    /** The unit a word names under {@code kind} (UNIT, UNITS or FREQUENCY). */
    Unit unit(int entry, Kind kind) {
        return unitOfName[values[entry * KINDS + kind.ordinal()]];
    }

    private static boolean equalsIgnoreCase(String key, CharSequence text, int start) {
        for (int i = 0; i < key.length(); i++) {
            if (lower(text.charAt(start + i)) != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + lower(text.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }
}
