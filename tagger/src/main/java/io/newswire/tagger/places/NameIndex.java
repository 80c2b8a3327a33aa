package io.newswire.tagger.places;

/**
 * Open-addressing hash table from name keys ({@link NameKeys}) to gazetteer names, holding every prefix of every
 * name too, so that matching walks it token by token like a trie. A slot's value packs the name's entry (or none)
 * and whether longer names continue from this prefix.
 */
final class NameIndex {

    static final int ABSENT = -1;
    private static final long FREE = 0L;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    NameIndex(int expectedKeys) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    /** Marks {@code key} as the prefix of a longer name. */
    void addPrefix(long key) {
        int slot = slotFor(key);
        values[slot] |= 1;
    }

    /** Sets the entry of the complete name {@code key}; returns the entry it had, or {@link #ABSENT}. */
    int putEntry(long key, int entry) {
        int slot = slotFor(key);
        int previous = (values[slot] >>> 1) - 1;
        values[slot] = ((entry + 1) << 1) | (values[slot] & 1);
        return previous;
    }

    /** The slot value of {@code key}, or {@link #ABSENT}; read it with {@link #entry} and {@link #continues}. */
    int get(long key) {
        long k = key == FREE ? 1L : key;
        int slot = (int) k & mask;
        while (true) {
            long found = keys[slot];
            if (found == k) {
                return values[slot];
            }
            if (found == FREE) {
                return ABSENT;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The entry of a complete name in a slot value, or {@link #ABSENT} when the key is only a prefix. */
    static int entry(int value) {
        return (value >>> 1) - 1;
    }

    /** Whether longer names continue from the key of this slot value. */
    static boolean continues(int value) {
        return (value & 1) != 0;
    }

    private int slotFor(long key) {
        long k = key == FREE ? 1L : key;
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = (int) k & mask;
        while (keys[slot] != FREE && keys[slot] != k) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == FREE) {
            keys[slot] = k;
            size++;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int slot = slotFor(oldKeys[i]);
                values[slot] = oldValues[i];
            }
        }
    }

    int size() {
        return size;
    }
}
